import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard, type IAuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from '@app/database';
import { CREDENTIAL } from './auth.decorators';
import type { CredentialKind } from './principal';
import { STRATEGY } from './strategies';

/**
 * The global guard (APP_GUARD) of both listeners: secure by default. A route must be marked @Public() or name the
 * credential it accepts with @Credential(); a route that says neither is refused, so forgetting a decorator can
 * never expose it. Each credential kind has its own strategy, so a SCIM token never opens the settings API.
 */
@Injectable()
export class CredentialGuard implements CanActivate {
  private readonly guards: Record<CredentialKind, IAuthGuard>;

  constructor(private readonly reflector: Reflector) {
    this.guards = {
      'scim-token': new (AuthGuard(STRATEGY['scim-token']))(),
      session: new (AuthGuard(STRATEGY.session))(),
      admin: new (AuthGuard(STRATEGY.admin))(),
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true) return true;
    const kind = this.reflector.getAllAndOverride<CredentialKind | undefined>(CREDENTIAL, targets);
    if (kind === undefined) throw new UnauthorizedException('This route accepts no credential');
    return (await this.guards[kind].canActivate(context)) as boolean;
  }
}
