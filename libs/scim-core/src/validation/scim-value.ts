/** A validated attribute value: JSON narrowed against a definition, under canonical names. */
export type ScimValue = string | number | boolean | ScimComplexValue | ScimValue[];

export interface ScimComplexValue {
  [name: string]: ScimValue;
}

/**
 * A JSON object as produced by JSON.parse: not an array, boxed primitive, Map or Date. Checked by tag rather than
 * by prototype identity, which differs across realms (structuredClone, vm contexts such as Jest's).
 */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** Array.isArray narrows to any[]; this narrows to unknown[] so elements are checked before use. */
export function isJsonArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

export function isComplexValue(value: ScimValue | undefined): value is ScimComplexValue {
  return typeof value === 'object' && !Array.isArray(value);
}

/** Shortens a client-supplied name before it is echoed in an error detail. */
export function describeName(name: string): string {
  return name.length <= 80 ? name : `${name.slice(0, 80)}…`;
}
