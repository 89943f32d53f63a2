import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type BeforeQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { startTestApps, type TestApps } from '../../support/test-apps';
import { patchBody, provisionScimOrg, queryDb, ScimClient, type ScimOrg } from '../scim/scim-helpers';

/** One node of PostgreSQL's EXPLAIN (FORMAT JSON) plan, narrowed to what these tests read. */
interface PlanNode {
  nodeType: string;
  relation?: string;
  index?: string;
  children: PlanNode[];
}

interface CapturedStatement {
  sql: string;
  parameters: unknown[];
}

const MEMBERS = 20_000;
const OTHER_ORG_MEMBERS = 2_000;
/** A one-page table is seq-scanned by design; a fleet's worth of tokens (most revoked) is what production has. */
const TOKENS = 2_000;
const WATCHED_TABLES = ['members', 'scim_tokens'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function toPlanNode(value: unknown): PlanNode {
  if (!isRecord(value) || typeof value['Node Type'] !== 'string') throw new Error('Not an EXPLAIN plan node');
  const children = value.Plans === undefined ? [] : value.Plans;
  if (!Array.isArray(children)) throw new Error('EXPLAIN Plans is not an array');
  return {
    nodeType: value['Node Type'],
    relation: typeof value['Relation Name'] === 'string' ? value['Relation Name'] : undefined,
    index: typeof value['Index Name'] === 'string' ? value['Index Name'] : undefined,
    children: children.map(toPlanNode),
  };
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

async function explain(url: string, statement: CapturedStatement): Promise<PlanNode[]> {
  const [row] = await queryDb<{ 'QUERY PLAN': unknown }>(
    url,
    `EXPLAIN (FORMAT JSON) ${statement.sql}`,
    statement.parameters,
  );
  const document: unknown = row['QUERY PLAN'];
  if (!Array.isArray(document) || !isRecord(document[0])) throw new Error('Unexpected EXPLAIN output');
  return flatten(toPlanNode(document[0].Plan));
}

/** "Seq Scan on members" and the like, for the tables whose size grows with customers. */
function seqScansOf(plan: PlanNode[]): string[] {
  return plan
    .filter((node) => node.nodeType === 'Seq Scan' && WATCHED_TABLES.includes(node.relation ?? ''))
    .map((node) => `${node.nodeType} on ${node.relation ?? '?'}`);
}

function indexesOf(plan: PlanNode[]): string[] {
  return plan.flatMap((node) => (node.index === undefined ? [] : [node.index]));
}

/**
 * The statements behind Entra's hot path (lookup by userName, get by id, the bearer-token check, PATCH) must use
 * their indexes once tables are large: a sequential scan there makes every sync cycle slower as customers grow.
 * The SQL is captured from the running service, so the test follows the repository if its statements change.
 */
describe('SCIM hot-path statements (index use)', () => {
  let apps: TestApps;
  let acme: ScimOrg;
  let scim: ScimClient;
  const captured: CapturedStatement[] = [];

  async function statementsOf(send: () => Promise<unknown>): Promise<CapturedStatement[]> {
    captured.length = 0;
    await send();
    return captured.filter((statement) => /^\s*(SELECT|INSERT|UPDATE|DELETE)\b/i.test(statement.sql));
  }

  beforeAll(async () => {
    apps = await startTestApps();
    acme = await provisionScimOrg(apps, 'Acme');
    const globex = await provisionScimOrg(apps, 'Globex');
    const seed = `INSERT INTO members (organization_id, user_name, given_name, family_name, display_name, attributes)
      SELECT $1, 'user.' || i || '@' || $2, 'Given' || i, 'Family' || i, 'User ' || i,
             jsonb_build_object('emails', jsonb_build_array(jsonb_build_object('value', 'user.' || i || '@' || $2)))
        FROM generate_series(1, $3::int) AS i`;
    await queryDb(apps.db.url, seed, [acme.orgId, 'acme.example', MEMBERS]);
    await queryDb(apps.db.url, seed, [globex.orgId, 'globex.example', OTHER_ORG_MEMBERS]);
    await queryDb(
      apps.db.url,
      `INSERT INTO scim_tokens (organization_id, label, secret_hash, hint, revoked_at)
       SELECT CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END, 'old', encode(sha256(('old' || i)::bytea), 'hex'),
              'xxxx', now()
         FROM generate_series(1, $3::int) AS i`,
      [acme.orgId, globex.orgId, TOKENS],
    );
    // A token never used yet, so its first request misses the in-process cache and reaches the database.
    const token = `scim_${randomBytes(32).toString('base64url')}`;
    await queryDb(
      apps.db.url,
      `INSERT INTO scim_tokens (organization_id, label, secret_hash, hint) VALUES ($1, 'perf', $2, 'perf')`,
      [acme.orgId, createHash('sha256').update(token, 'utf8').digest('hex')],
    );
    await queryDb(apps.db.url, 'ANALYZE members');
    await queryDb(apps.db.url, 'ANALYZE scim_tokens');
    scim = new ScimClient(apps.scimApi, token);
    const recorder: EntitySubscriberInterface = {
      beforeQuery: (event: BeforeQueryEvent) => {
        captured.push({
          sql: event.query,
          parameters: Array.isArray(event.parameters) ? event.parameters : [],
        });
      },
    };
    apps.scimApi.get(DataSource).subscribers.push(recorder);
  });

  afterAll(async () => {
    await apps.close();
  });

  it('should look the bearer token up by its hash index', async () => {
    const statements = await statementsOf(() => scim.findByUserName('user.1@acme.example'));
    const tokenLookup = statements.find((statement) => /FROM "scim_tokens"/.test(statement.sql));
    if (tokenLookup === undefined) throw new Error('The token lookup was not captured');

    const plan = await explain(apps.db.url, tokenLookup);

    expect(seqScansOf(plan)).toEqual([]);
    expect(indexesOf(plan)).toContain('scim_tokens_secret_hash_key');
  });

  it('should look a user up by userName through the lower(user_name) index', async () => {
    const statements = await statementsOf(() => scim.findByUserName('USER.12345@acme.example'));
    const lookup = statements.find((statement) => /lower\(user_name\) = lower\(\$2\)/.test(statement.sql));
    if (lookup === undefined) throw new Error('The userName lookup was not captured');

    const plan = await explain(apps.db.url, lookup);

    expect(seqScansOf(plan)).toEqual([]);
    expect(indexesOf(plan)).toContain('members_org_user_name_key');
  });

  it('should get a user by id through the primary key', async () => {
    const [{ id }] = await queryDb<{ id: string }>(
      apps.db.url,
      `SELECT id FROM members WHERE organization_id = $1 AND user_name = 'user.777@acme.example'`,
      [acme.orgId],
    );
    const statements = await statementsOf(() => scim.getUser(id));
    const byId = statements.find((statement) =>
      /FROM members WHERE organization_id = \$1 AND id = \$2/.test(statement.sql),
    );
    if (byId === undefined) throw new Error('The get-by-id statement was not captured');

    const plan = await explain(apps.db.url, byId);

    expect(seqScansOf(plan)).toEqual([]);
    expect(indexesOf(plan)).toContain('PK_members');
  });

  it('should run every statement of a lookup, a get and a PATCH without a sequential scan', async () => {
    const [{ id }] = await queryDb<{ id: string }>(
      apps.db.url,
      `SELECT id FROM members WHERE organization_id = $1 AND user_name = 'user.4242@acme.example'`,
      [acme.orgId],
    );
    const statements = [
      ...(await statementsOf(() => scim.findByUserName('user.4242@acme.example'))),
      ...(await statementsOf(() => scim.getUser(id))),
      ...(await statementsOf(async () => {
        const res = await scim.patch(
          `/Users/${id}`,
          patchBody(
            { op: 'Replace', path: 'name.givenName', value: 'x' },
            { op: 'Replace', path: 'active', value: true },
          ),
        );
        expect(res.status).toBe(200);
      })),
    ];
    expect(statements.length).toBeGreaterThanOrEqual(4);

    const scans = await Promise.all(
      statements.map(async (statement) => ({
        sql: statement.sql,
        seqScans: seqScansOf(await explain(apps.db.url, statement)),
      })),
    );

    expect(scans.filter((scan) => scan.seqScans.length > 0)).toEqual([]);
  });
});
