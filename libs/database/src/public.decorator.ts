import { SetMetadata } from '@nestjs/common';

/**
 * Marks a route as needing no credential. The metadata key is shared with libs/tokens, which re-exports this
 * decorator; it lives here so the health controller does not depend on the token library.
 */
export const IS_PUBLIC = 'auth:public';
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
