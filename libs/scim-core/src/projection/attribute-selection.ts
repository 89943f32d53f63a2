import { resolveAttributePath } from '../schema/resolve-attribute';
import { findUserSchema } from '../schema/user-resource.schemas';

/** A parsed `attributes` or `excludedAttributes` list, keyed `${schemaUrn}|${attributeName}` in canonical case. */
export interface AttributeSelection {
  /** Whole schemas named by URN alone (e.g. the Enterprise User extension). */
  readonly schemas: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
  readonly subAttributes: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Splits a comma-separated query parameter (RFC 7644 §3.9); empty entries are dropped. */
export function parseAttributeList(parameter: string | undefined): string[] {
  if (parameter === undefined) return [];
  return parameter
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Resolves each name in any case; names that resolve to nothing select nothing. Undefined for an empty list. */
export function toAttributeSelection(names: readonly string[] | undefined): AttributeSelection | undefined {
  if (names === undefined || names.length === 0) return undefined;
  const schemas = new Set<string>();
  const attributes = new Set<string>();
  const subAttributes = new Map<string, Set<string>>();
  for (const name of names) {
    const schema = findUserSchema(name.trim());
    const resolved = schema === undefined ? resolveAttributePath(name.trim()) : undefined;
    if (schema !== undefined) schemas.add(schema.id);
    if (resolved === undefined) continue;
    const key = `${resolved.schemaUrn}|${resolved.attribute.name}`;
    if (resolved.subAttribute === undefined) attributes.add(key);
    else
      subAttributes.set(key, (subAttributes.get(key) ?? new Set<string>()).add(resolved.subAttribute.name));
  }
  return { schemas, attributes, subAttributes };
}
