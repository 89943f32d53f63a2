import type { ScimError } from '@app/scim-core';

/**
 * A request body the HTTP layer could not read (malformed JSON, too large, too deep). It travels to the service in
 * place of the body so that the refusal happens after authentication, inside the audit, like every other refused
 * write (a body-parser error would otherwise be answered before anyone knows which organization sent it).
 */
export class UnreadableBody {
  constructor(readonly error: ScimError) {}
}

/** The body as sent, or the reason it could not be read. */
export function readableBody(body: unknown): unknown {
  if (body instanceof UnreadableBody) throw body.error;
  return body;
}
