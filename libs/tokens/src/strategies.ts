import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { AppConfig } from '@app/config';
import type { AdminPrincipal, CredentialKind, ScimTokenPrincipal, SessionPrincipal } from './principal';
import { ScimTokensService } from './scim-tokens.service';
import { SessionsService } from './sessions.service';
import { secretsEqual } from './token-secret';

/** passport-http-bearer strategy names, one per credential kind. */
export const STRATEGY: Record<CredentialKind, string> = {
  'scim-token': 'scim-token',
  session: 'console-session',
  admin: 'admin-token',
};

/** The SCIM bearer token an identity provider sends on /api/scim. */
@Injectable()
export class ScimTokenStrategy extends PassportStrategy(Strategy, STRATEGY['scim-token']) {
  constructor(private readonly tokens: ScimTokensService) {
    super();
  }

  async validate(token: string): Promise<ScimTokenPrincipal | false> {
    return (await this.tokens.verify(token)) ?? false;
  }
}

/** A console session on the organization settings API. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, STRATEGY.session) {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(token: string): Promise<SessionPrincipal | false> {
    return (await this.sessions.verify(token)) ?? false;
  }
}

/** The internal admin API token from ADMIN_API_TOKEN, compared in constant time. */
@Injectable()
export class AdminTokenStrategy extends PassportStrategy(Strategy, STRATEGY.admin) {
  constructor(private readonly config: AppConfig) {
    super();
  }

  validate(token: string): AdminPrincipal | false {
    const expected = this.config.ADMIN_API_TOKEN;
    if (expected === undefined || !secretsEqual(token, expected)) return false;
    return { kind: 'admin' };
  }
}
