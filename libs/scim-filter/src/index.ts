export * from './filter.ast';
export { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, MAX_FILTER_NODES } from './filter.limits';
export { parseFilter } from './filter.parser';
export { parsePatchPath, type PatchPathOptions } from './patch-path.parser';
export { printAttrPath, printFilter, printPatchPath } from './filter.printer';
export { toUserNameLookup, type UserNameLookup } from './user-name-lookup.policy';
export { matchesFilter, type MatchOptions } from './filter.matcher';
