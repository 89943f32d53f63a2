import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ScimCaller } from '@app/scim-users';
import type { Principal } from '@app/tokens';
import { type RequestWithId } from '@app/http';

/** The SCIM caller: the organization and token the bearer strategy established, plus the request id. */
export const CurrentScimCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ScimCaller => {
    const req = context.switchToHttp().getRequest<RequestWithId & { user?: Principal }>();
    if (req.user?.kind !== 'scim-token') throw new Error('SCIM route reached without a SCIM token principal');
    return { orgId: req.user.orgId, tokenId: req.user.tokenId, requestId: req.id };
  },
);
