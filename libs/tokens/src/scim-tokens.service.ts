import { ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { asOrgId, isUuid, ScimTokenEntity, type OrgId } from '@app/database';
import { MembersService, OrganizationsService } from '@app/organizations';
import { OrgRolesService } from '@app/org-roles';
import type { ScimTokenPrincipal } from './principal';
import { ScimTokenCache } from './scim-token-cache';
import { generateSecret, hashSecret, hasSecretShape, SCIM_TOKEN_PREFIX, secretHint } from './token-secret';

export interface IssueScimTokenInput {
  label?: string;
  expiresInDays?: number;
  /** The member issuing it; undefined when the internal admin API or the dev seed issues it. */
  createdBy?: string;
}

export interface IssuedScimToken {
  id: string;
  token: string;
  baseUrl: string;
  label: string;
  hint: string;
  createdAt: Date;
  expiresAt: Date | null;
}

const DAY_MS = 86_400_000;
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

/** Issue, list, revoke and verify SCIM bearer tokens. Secrets are stored only as SHA-256 and shown once. */
@Injectable()
export class ScimTokensService {
  private readonly logger = new Logger(ScimTokensService.name);
  private readonly lastUsedWrites = new Map<string, number>();

  constructor(
    @InjectRepository(ScimTokenEntity) private readonly tokens: Repository<ScimTokenEntity>,
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly orgRoles: OrgRolesService,
    private readonly cache: ScimTokenCache,
    private readonly config: AppConfig,
  ) {}

  /**
   * The settings page's "Generate token": the caller must be an active Admin, the plan Enterprise and SSO configured
   * (vendor setup page, prerequisites). A refusal names what is missing, because the page shows it to the admin.
   */
  async issueForMember(orgId: OrgId, memberId: string, input: IssueScimTokenInput): Promise<IssuedScimToken> {
    const organization = await this.organizations.find(orgId);
    if (organization === undefined) throw new NotFoundException('Organization not found');
    const caller = await this.members.findLive(orgId, memberId);
    const missing = this.orgRoles.missingTokenPrerequisites({
      plan: organization.plan,
      ssoConfigured: organization.ssoConfigured,
      callerRole: caller?.role,
      callerActive: caller?.active ?? false,
    });
    if (missing.length > 0) throw new ForbiddenException(this.orgRoles.describeMissingPrerequisites(missing));
    return this.issue(orgId, { ...input, createdBy: memberId });
  }

  /** Issues without the caller checks: for the internal admin API and the development seed only. */
  async issue(orgId: OrgId, input: IssueScimTokenInput): Promise<IssuedScimToken> {
    const token = generateSecret(SCIM_TOKEN_PREFIX);
    const expiresAt =
      input.expiresInDays === undefined ? null : new Date(Date.now() + input.expiresInDays * DAY_MS);
    const row = await this.tokens.save(
      this.tokens.create({
        organizationId: orgId,
        label: input.label?.trim() || 'SCIM token',
        secretHash: hashSecret(token),
        hint: secretHint(token),
        createdBy: input.createdBy ?? null,
        expiresAt,
      }),
    );
    return {
      id: row.id,
      token,
      baseUrl: this.config.scimBaseUrl,
      label: row.label,
      hint: row.hint,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
    };
  }

  /** Active (not revoked) tokens, newest first; never the secret or its hash. */
  listActive(orgId: OrgId): Promise<ScimTokenEntity[]> {
    return this.tokens.find({
      where: { organizationId: orgId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  /** Revokes at once on this instance (cache evicted); undefined when the token is unknown in this organization. */
  async revoke(orgId: OrgId, tokenId: string): Promise<boolean> {
    if (!isUuid(tokenId)) return false;
    const result = await this.tokens.update(
      { organizationId: orgId, id: tokenId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
    this.cache.evictToken(tokenId);
    return (result.affected ?? 0) > 0;
  }

  /** One indexed lookup by hash for a cache miss; undefined for unknown, revoked or expired tokens. */
  async verify(candidate: string): Promise<ScimTokenPrincipal | undefined> {
    if (!hasSecretShape(candidate, SCIM_TOKEN_PREFIX)) return undefined;
    const secretHash = hashSecret(candidate);
    const cached = this.cache.get(secretHash);
    if (cached !== undefined) {
      this.touch(cached.tokenId);
      return cached;
    }
    const row = await this.tokens.findOne({
      select: { id: true, organizationId: true, expiresAt: true, revokedAt: true },
      where: { secretHash },
    });
    if (
      row === null ||
      row.revokedAt !== null ||
      (row.expiresAt !== null && row.expiresAt.getTime() <= Date.now())
    ) {
      return undefined;
    }
    const principal: ScimTokenPrincipal = {
      kind: 'scim-token',
      orgId: asOrgId(row.organizationId),
      tokenId: row.id,
    };
    this.cache.set(secretHash, principal, row.expiresAt);
    this.touch(row.id);
    return principal;
  }

  /** `last_used_at` at most about once a minute per token, off the request's path. */
  private touch(tokenId: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWrites.get(tokenId) ?? 0) < LAST_USED_WRITE_INTERVAL_MS) return;
    this.lastUsedWrites.set(tokenId, now);
    this.tokens.update({ id: tokenId }, { lastUsedAt: () => 'now()' }).catch((error: unknown) => {
      this.logger.warn(`Could not record last use of token ${tokenId}: ${String(error)}`);
    });
  }
}
