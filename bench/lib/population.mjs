// The synthetic users: the Entra-shaped POST body for user i, and the SQL that stores exactly the row a POST of that
// body stores, so the seeded population and the users the scenarios create cannot drift apart (run.mjs checks it).
import { createHash } from 'node:crypto';

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LAMBDATEST_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';
export const SEED_PREFIX = 'Seed';

/** Mixed case on purpose: the lookup goes through lower(user_name) and its expression index. */
export function userNameOf(prefix, i) {
  return `${prefix}.${i}@Bench.example`;
}

/** Entra sends its object id as externalId; a uuid derived from the userName keeps seeds and POSTs identical. */
export function externalIdOf(userName) {
  const hex = createHash('md5').update(`ext:${userName}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What Entra's default attribute mappings POST for a new user (shape of test fixture entra-create-user.json). */
export function entraCreateBody(prefix, i) {
  const userName = userNameOf(prefix, i);
  return {
    schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
    externalId: externalIdOf(userName),
    userName,
    active: true,
    addresses: [
      {
        primary: true,
        type: 'work',
        streetAddress: '1 Main',
        locality: 'Redmond',
        region: 'WA',
        postalCode: '98052',
        country: 'US',
      },
    ],
    displayName: `Given${i} Family${i}`,
    emails: [{ primary: true, type: 'work', value: userName.toLowerCase() }],
    meta: { resourceType: 'User' },
    name: { formatted: `Given${i} Family${i}`, familyName: `Family${i}`, givenName: `Given${i}` },
    title: 'Engineer',
    [ENTERPRISE_USER_SCHEMA]: { employeeNumber: String(i), department: 'Eng' },
    [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: 'User' },
  };
}

/** The rows of entraCreateBody(prefix, i) for i in [from, to], as the service stores them; args are $n numbers. */
const seedSelect = (prefix, from, to) => `
  SELECT u.user_name, md5('ext:' || u.user_name)::uuid::text AS external_id, true AS active,
         'Given' || i AS given_name, 'Family' || i AS family_name, 'Given' || i || ' Family' || i AS display_name,
         'user' AS role, 'scim' AS source,
         jsonb_build_object(
           'name', jsonb_build_object('formatted', 'Given' || i || ' Family' || i),
           'title', 'Engineer',
           'emails', jsonb_build_array(jsonb_build_object('type', 'work', 'value', lower(u.user_name), 'primary', true)),
           'addresses', jsonb_build_array(jsonb_build_object(
             'type', 'work', 'region', 'WA', 'country', 'US', 'primary', true, 'locality', 'Redmond',
             'postalCode', '98052', 'streetAddress', '1 Main')),
           '${ENTERPRISE_USER_SCHEMA}', jsonb_build_object('employeeNumber', i::text, 'department', 'Eng')
         ) AS attributes
    FROM generate_series($${from}::int, $${to}::int) AS i,
         LATERAL (SELECT $${prefix}::text || '.' || i || '@Bench.example' AS user_name) AS u`;

export const SEED_INSERT = `
  INSERT INTO members (organization_id, user_name, external_id, active, given_name, family_name, display_name,
                       role, source, attributes)
  SELECT $1::uuid, s.* FROM (${seedSelect(2, 3, 4)}) AS s`;

/** The same rows without inserting them (the shape check compares one with a row the service wrote). */
export const SEED_PREVIEW = `SELECT s.* FROM (${seedSelect(1, 2, 3)}) AS s`;

/** Stored columns that a POST decides; ids, versions and timestamps are the server's. */
export const SHAPE_COLUMNS = [
  'user_name',
  'external_id',
  'active',
  'given_name',
  'family_name',
  'display_name',
  'role',
  'source',
  'attributes',
];

/**
 * A walk over [0, n) that visits every index once per lap without locality: i * step mod n with step coprime to n.
 * Each server gets its own offset so neither reads the rows the other just warmed.
 */
export function scatter(n, offset = 0) {
  let step = 1_000_003;
  while (gcd(step, n) !== 1) step += 2;
  const stride = step % n;
  let k = 0;
  return () => {
    const index = ((((k % n) * stride) % n) + offset) % n; // below 2^53 for n up to 9e7
    k += 1;
    return index;
  };
}

function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
