import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { CredentialKind, Principal } from './principal';

export { IS_PUBLIC, Public } from '@app/database';
export const CREDENTIAL = 'auth:credential';

/** Which credential a controller or route accepts. A route with neither this nor @Public() is refused. */
export const Credential = (kind: CredentialKind): MethodDecorator & ClassDecorator =>
  SetMetadata(CREDENTIAL, kind);

/** The typed principal the guard established. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const request = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    if (request.user === undefined)
      throw new Error('No principal: the route is public or the guard did not run');
    return request.user;
  },
);
