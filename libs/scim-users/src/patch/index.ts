export { applyPatchOperations } from './patch-operations';
export { MAX_PATCH_OPERATIONS, parsePatchOperations, parsePatchRequest } from './patch-request.parser';
export type { PatchDocument } from './patch-document';
