/**
 * Bounds on hostile input. Filters arrive in a query string from anyone holding a token; these limits keep parsing
 * linear and recursion shallow, so no filter can exhaust the stack or the event loop.
 */
export const MAX_FILTER_LENGTH = 4096;
/** Parentheses, `not ( … )` and value paths `[ … ]` each add one level. */
export const MAX_FILTER_DEPTH = 32;
/** Every compare, present, and, or, not and valuePath node counts. */
export const MAX_FILTER_NODES = 200;
