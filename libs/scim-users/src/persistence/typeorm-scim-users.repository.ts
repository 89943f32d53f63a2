import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryResult, type QueryRunner } from 'typeorm';
import { isUuid, type OrgId } from '@app/database';
import { ScimError } from '@app/scim-core';
import type { PageRequest, StoredUser, UserPage, UserValues } from '../stored-user';
import { MEMBER_COLUMNS, toStoredUser, valueParameters, type MemberRow } from './member-row';
import {
  ScimUsersRepository,
  type CreateResult,
  type LastAdminGuard,
  type UserMutation,
} from './scim-users.repository';

/**
 * Hand-written, parameterised SQL for the hot statements (lookup by userName, get by id, insert): each is one indexed
 * statement, and none builds SQL from input. Writes lock the row (SELECT … FOR UPDATE) so concurrent PATCHes of one
 * user serialise and none is lost.
 */
@Injectable()
export class TypeOrmScimUsersRepository extends ScimUsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findById(orgId: OrgId, id: string): Promise<StoredUser | undefined> {
    if (!isUuid(id)) return undefined;
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM members WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL`,
      [orgId, id],
    );
    return rows[0] === undefined ? undefined : toStoredUser(rows[0]);
  }

  async findByUserName(orgId: OrgId, userName: string): Promise<StoredUser | undefined> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM members
        WHERE organization_id = $1 AND lower(user_name) = lower($2) AND deleted_at IS NULL`,
      [orgId, userName],
    );
    return rows[0] === undefined ? undefined : toStoredUser(rows[0]);
  }

  async list(orgId: OrgId, page: PageRequest, userName?: string): Promise<UserPage> {
    if (userName !== undefined) {
      const match = await this.findByUserName(orgId, userName);
      const users = match === undefined || page.startIndex > 1 || page.count === 0 ? [] : [match];
      return { totalResults: match === undefined ? 0 : 1, users };
    }
    const counted: [{ total: number }] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM members WHERE organization_id = $1 AND deleted_at IS NULL',
      [orgId],
    );
    const total = counted[0].total;
    if (page.count === 0 || page.startIndex > total) return { totalResults: total, users: [] };
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM members WHERE organization_id = $1 AND deleted_at IS NULL
        ORDER BY created_at, id OFFSET $2 LIMIT $3`,
      [orgId, page.startIndex - 1, page.count],
    );
    return { totalResults: total, users: rows.map(toStoredUser) };
  }

  async create(orgId: OrgId, values: UserValues): Promise<CreateResult> {
    // One statement, so 50 concurrent POSTs of one userName give exactly one winner. A tombstone with the same
    // userName is restored in place (rehire keeps the id); a live one makes the WHERE false and returns nothing.
    const rows: (MemberRow & { inserted: boolean })[] = await this.dataSource.query(
      `INSERT INTO members AS m (organization_id, user_name, external_id, active, given_name, family_name,
                                 display_name, role, attributes, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'scim')
       ON CONFLICT (organization_id, lower(user_name)) DO UPDATE SET
         user_name = EXCLUDED.user_name, external_id = EXCLUDED.external_id, active = EXCLUDED.active,
         given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, display_name = EXCLUDED.display_name,
         role = EXCLUDED.role, attributes = EXCLUDED.attributes, source = 'scim', deleted_at = NULL,
         version = m.version + 1, updated_at = now()
       WHERE m.deleted_at IS NOT NULL
       RETURNING ${MEMBER_COLUMNS}, (xmax = 0) AS inserted`,
      [orgId, ...valueParameters(values)],
    );
    const row = rows[0];
    if (row === undefined) throw userNameTaken(values.userName);
    return { kind: row.inserted ? 'created' : 'restored', user: toStoredUser(row) };
  }

  async update(
    orgId: OrgId,
    id: string,
    mutate: UserMutation,
  ): Promise<{ user: StoredUser; changed: boolean } | undefined> {
    if (!isUuid(id)) return undefined;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, orgId, id);
      if (current === undefined) return undefined;
      const next = await mutate(current, this.adminGuard(manager, orgId, id));
      if (next === undefined) return { user: current, changed: false };
      if (next.userName.toLowerCase() !== current.userName.toLowerCase()) {
        await this.claimUserName(manager, orgId, next.userName);
      }
      // Structured result: for UPDATE … RETURNING the plain form is [rows, count], not rows.
      const result = (await runnerOf(manager)
        .query(
          `UPDATE members SET user_name = $2, external_id = $3, active = $4, given_name = $5, family_name = $6,
                display_name = $7, role = $8, attributes = $9, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $10
          RETURNING ${MEMBER_COLUMNS}`,
          [orgId, ...valueParameters(next), id],
          true,
        )
        // A concurrent create can still take the name between the claim and the write: same answer, 409.
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? userNameTaken(next.userName) : error;
        })) as QueryResult<MemberRow>;
      if (current.active && !next.active) await this.revokeSessions(manager, orgId, id);
      return { user: toStoredUser(result.records[0]), changed: true };
    });
  }

  async delete(
    orgId: OrgId,
    id: string,
    check: (current: StoredUser, guard: LastAdminGuard) => Promise<void>,
  ): Promise<StoredUser | undefined> {
    if (!isUuid(id)) return undefined;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, orgId, id);
      if (current === undefined) return undefined;
      await check(current, this.adminGuard(manager, orgId, id));
      await manager.query(
        `UPDATE members SET deleted_at = now(), version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2`,
        [orgId, id],
      );
      await this.revokeSessions(manager, orgId, id);
      return current;
    });
  }

  /**
   * A rename must not collide: a live holder of the name is 409 uniqueness (RFC 7644 §3.12); a tombstone holding it
   * gives the name up (its user_name gets a suffix with a control character, which no SCIM userName may contain), since the live user now owns it.
   */
  private async claimUserName(manager: EntityManager, orgId: OrgId, userName: string): Promise<void> {
    const holders: { id: string; deleted: boolean }[] = await manager.query(
      `SELECT id, deleted_at IS NOT NULL AS deleted FROM members
        WHERE organization_id = $1 AND lower(user_name) = lower($2) FOR UPDATE`,
      [orgId, userName],
    );
    const holder = holders[0];
    if (holder === undefined) return;
    if (!holder.deleted) throw userNameTaken(userName);
    await manager.query(
      `UPDATE members SET user_name = user_name || E'\\x01released:' || id WHERE organization_id = $1 AND id = $2`,
      [orgId, holder.id],
    );
  }

  private async lock(manager: EntityManager, orgId: OrgId, id: string): Promise<StoredUser | undefined> {
    const rows: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM members
        WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`,
      [orgId, id],
    );
    return rows[0] === undefined ? undefined : toStoredUser(rows[0]);
  }

  /**
   * Locks the organization row before counting, so two concurrent demotions of the last two Admins serialise and
   * the second one sees the first (the target rows are always locked first, the organization last: no cycle).
   */
  private adminGuard(manager: EntityManager, orgId: OrgId, id: string): LastAdminGuard {
    return {
      countOtherActiveAdmins: async () => {
        await manager.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [orgId]);
        const counted: [{ count: number }] = await manager.query(
          `SELECT count(*)::int AS count FROM members
            WHERE organization_id = $1 AND id <> $2 AND role = 'admin' AND active AND deleted_at IS NULL`,
          [orgId, id],
        );
        return counted[0].count;
      },
    };
  }

  private async revokeSessions(manager: EntityManager, orgId: OrgId, memberId: string): Promise<void> {
    await manager.query(
      'UPDATE sessions SET revoked_at = now() WHERE organization_id = $1 AND member_id = $2 AND revoked_at IS NULL',
      [orgId, memberId],
    );
  }
}

/** The transaction's own query runner: only it offers structured results. */
function runnerOf(manager: EntityManager): QueryRunner {
  if (manager.queryRunner === undefined) throw new Error('Expected a transactional entity manager');
  return manager.queryRunner;
}

function userNameTaken(userName: string): ScimError {
  return ScimError.uniqueness(`A user with userName '${userName}' already exists in this organization`);
}

function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } };
  return failure.code === '23505' || failure.driverError?.code === '23505';
}
