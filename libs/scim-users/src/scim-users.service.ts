import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { isActiveAdmin, OrgRolesService } from '@app/org-roles';
import {
  LIST_RESPONSE_SCHEMA,
  parseScimUserBody,
  projectAttributes,
  ScimError,
  type ScimListResponse,
  type ScimUser,
} from '@app/scim-core';
import { parseFilter, toUserNameLookup } from '@app/scim-filter';
import { assertIfMatch } from './etag';
import { normalisePage, splitAttributeList, type ScimListQuery } from './list-query';
import { applyPatchOperations, parsePatchRequest } from './patch';
import { ScimUsersRepository, type LastAdminGuard } from './persistence/scim-users.repository';
import { ScimAudit } from './scim-audit';
import type { Preconditions, ScimCaller } from './scim-caller';
import {
  CREATE_FALLBACK,
  patchFallback,
  replaceFallback,
  sameValues,
  toScimUser,
  toScimUserDocument,
  toUserValues,
} from './scim-user.mapper';
import type { StoredUser, UserValues } from './stored-user';
import { readableBody } from './unreadable-body';

/** One method per SCIM operation on /Users (RFC 7644 §3.3 to §3.6). */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly users: ScimUsersRepository,
    private readonly audit: ScimAudit,
    private readonly orgRoles: OrgRolesService,
    private readonly config: AppConfig,
  ) {}

  async create(caller: ScimCaller, body: unknown): Promise<ScimUser> {
    const userName = peekUserName(body);
    const result = await this.audit.track(caller, 'create', { userName }, async () => {
      const values = toUserValues(parseScimUserBody(readableBody(body), { mode: 'create' }), CREATE_FALLBACK);
      const created = await this.users.create(caller.orgId, values);
      const action = created.kind === 'restored' ? 'restore' : 'create';
      return { ...this.written(created.user, 201), action };
    });
    return result.resource;
  }

  async get(caller: ScimCaller, id: string, query: ScimListQuery): Promise<Partial<ScimUser>> {
    return this.project(await this.findOrFail(caller, id), query);
  }

  async list(caller: ScimCaller, query: ScimListQuery): Promise<ScimListResponse<Partial<ScimUser>>> {
    const page = normalisePage(query);
    const userName =
      query.filter === undefined ? undefined : toUserNameLookup(parseFilter(query.filter)).userName;
    const result = await this.users.list(caller.orgId, page, userName);
    return {
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: result.totalResults,
      startIndex: page.startIndex,
      itemsPerPage: result.users.length,
      Resources: result.users.map((user) => this.project(user, query)),
    };
  }

  async replace(
    caller: ScimCaller,
    id: string,
    body: unknown,
    preconditions: Preconditions,
  ): Promise<ScimUser> {
    const result = await this.audit.track(
      caller,
      'replace',
      { memberId: id, userName: peekUserName(body) },
      () =>
        this.update(caller, id, preconditions, (current) => {
          const input = parseScimUserBody(readableBody(body), { mode: 'replace' });
          return toUserValues(input, replaceFallback(current));
        }),
    );
    return result.resource;
  }

  async patch(
    caller: ScimCaller,
    id: string,
    body: unknown,
    preconditions: Preconditions,
  ): Promise<ScimUser> {
    const result = await this.audit.track(caller, 'patch', { memberId: id }, () =>
      this.update(caller, id, preconditions, (current) => {
        const patched = applyPatchOperations(
          toScimUserDocument(current),
          parsePatchRequest(readableBody(body)),
        );
        const input = parseScimUserBody(patched, { mode: 'replace' });
        return toUserValues(input, patchFallback(current));
      }),
    );
    return result.resource;
  }

  async delete(caller: ScimCaller, id: string, preconditions: Preconditions): Promise<void> {
    await this.audit.track(caller, 'delete', { memberId: id }, async () => {
      const deleted = await this.users.delete(caller.orgId, id, async (current, guard) => {
        assertIfMatch(preconditions.ifMatch, current.version);
        await this.assertKeepsAnAdmin(current, undefined, guard);
      });
      if (deleted === undefined) throw notFound(id);
      return { changed: true, status: 204, memberId: deleted.id, userName: deleted.userName };
    });
  }

  /** Shared by PUT and PATCH: lock, compute, refuse what the role policy forbids, write only a real change. */
  private async update(
    caller: ScimCaller,
    id: string,
    preconditions: Preconditions,
    compute: (current: StoredUser) => UserValues,
  ): Promise<ReturnType<ScimUsersService['written']> & { changed: boolean }> {
    const updated = await this.users.update(caller.orgId, id, async (current, guard) => {
      assertIfMatch(preconditions.ifMatch, current.version);
      const next = compute(current);
      if (sameValues(current, next)) return undefined;
      await this.assertKeepsAnAdmin(current, next, guard);
      return next;
    });
    if (updated === undefined) throw notFound(id);
    return { ...this.written(updated.user, 200), changed: updated.changed };
  }

  /** Counts other Admins (under the organization lock) only when this change takes an active Admin away. */
  private async assertKeepsAnAdmin(current: StoredUser, next: UserValues | undefined, guard: LastAdminGuard) {
    const change = {
      current: { role: current.role, active: current.active },
      next: next === undefined ? { role: current.role, active: current.active, deleted: true } : next,
    };
    if (!isActiveAdmin(change.current) || isActiveAdmin(change.next)) return;
    this.orgRoles.assertKeepsAnActiveAdmin({
      ...change,
      otherActiveAdmins: await guard.countOtherActiveAdmins(),
    });
  }

  private async findOrFail(caller: ScimCaller, id: string): Promise<StoredUser> {
    const user = await this.users.findById(caller.orgId, id);
    if (user === undefined) throw notFound(id);
    return user;
  }

  private written(user: StoredUser, status: number) {
    const resource = toScimUser(user, this.location(user.id));
    return { resource, changed: true, status, memberId: user.id, userName: user.userName };
  }

  private project(user: StoredUser, query: ScimListQuery): Partial<ScimUser> {
    const resource = toScimUser(user, this.location(user.id));
    // Without attributes/excludedAttributes every default attribute is returned: skip the walk on the hot path.
    if (query.attributes === undefined && query.excludedAttributes === undefined) return resource;
    return projectAttributes(resource, {
      attributes: splitAttributeList(query.attributes),
      excludedAttributes: splitAttributeList(query.excludedAttributes),
    });
  }

  private location(id: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/api/scim/Users/${id}`;
  }
}

/** The id is client input: echo a bounded, printable excerpt only. */
function notFound(id: string): ScimError {
  const shown = id.length > 64 || /[^\x20-\x7e]/.test(id) ? 'with that id' : id;
  return ScimError.notFound(`User ${shown} not found`);
}

/** For the audit only: the userName a refused create or replace was about, if the body has a usable one. */
function peekUserName(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const entry = Object.entries(body).find(([key]) => key.toLowerCase() === 'username');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}
