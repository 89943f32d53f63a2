import { type PATCH_OP_SCHEMA } from '../scim-urns';

/**
 * PATCH operation names (RFC 7644 §3.5.2). Entra's default dialect sends `Add`/`Replace`/`Remove`, so a parser
 * compares without case and normalises to these before building a ScimPatchOperation.
 */
export type ScimPatchOperationType = 'add' | 'remove' | 'replace';

export interface ScimPatchOperation {
  op: ScimPatchOperationType;
  /** An attribute path (RFC 7644 §3.10) or value path filter; absent means the whole resource (§3.5.2.1, .3). */
  path?: string;
  /** Narrowed against the schema definitions by the PATCH engine, hence unknown here. */
  value?: unknown;
}

/** The PATCH request message (RFC 7644 §3.5.2). */
export interface ScimPatchOp {
  schemas: [typeof PATCH_OP_SCHEMA];
  Operations: ScimPatchOperation[];
}
