import { findSubAttribute, ScimError, type ScimAttributeDefinition } from '@app/scim-core';
import { matchesFilter, printAttrPath, type AttrPath, type ScimFilter } from '@app/scim-filter';
import { describePath, jsonEqual, type JsonObject } from './patch-document';
import { normalizeSingleValue } from './patch-value.normalizer';

/**
 * Checks that every attribute a value filter names is a sub-attribute of the filtered attribute, so
 * `emails[typo eq "work"]` is an invalidPath rather than a filter that silently matches nothing
 * (idp-behaviour §3.13). The parser already refuses nested value paths and bounds the depth.
 */
export function assertFilterNamesSubAttributes(
  filter: ScimFilter,
  attribute: ScimAttributeDefinition,
  path: string,
): void {
  switch (filter.kind) {
    case 'and':
    case 'or':
      assertFilterNamesSubAttributes(filter.left, attribute, path);
      assertFilterNamesSubAttributes(filter.right, attribute, path);
      return;
    case 'not':
      assertFilterNamesSubAttributes(filter.filter, attribute, path);
      return;
    case 'compare':
    case 'present':
      if (filterSubAttribute(attribute, filter.path) === undefined) {
        throw ScimError.invalidPath(
          `The filter of '${describePath(path)}' names '${describePath(printAttrPath(filter.path))}', which is not a sub-attribute of '${attribute.name}'`,
        );
      }
      return;
    case 'valuePath':
      throw ScimError.invalidPath(
        `The filter of '${describePath(path)}' nests a value path (RFC 7644 §3.4.2.2)`,
      );
  }
}

/** Entries of a multi-valued attribute selected by the filter; sub-attributes honour `caseExact` (RFC 7643 §2.2). */
export function matchesEntry(
  filter: ScimFilter,
  attribute: ScimAttributeDefinition,
  entry: JsonObject,
): boolean {
  return matchesFilter(filter, entry, {
    caseExact: (path) => filterSubAttribute(attribute, path)?.caseExact ?? false,
  });
}

/**
 * The entry an `add` or `replace` through a filter creates when nothing matches: the filter's `eq` comparisons
 * copied in, e.g. `{ type: "work" }` for `emails[type eq "work"]`. RFC 7644 §3.5.2.3 asks for noTarget here,
 * but Entra sends `replace emails[type eq "work"].value` to set a user's first work e-mail (idp-behaviour §3.1,
 * SCIM-SDK #416), so refusing it would leave the user without one. Undefined when the filter is not a conjunction
 * of `eq` comparisons and so describes no single entry.
 */
export function entryFromFilter(
  filter: ScimFilter,
  attribute: ScimAttributeDefinition,
): JsonObject | undefined {
  if (filter.kind === 'and') {
    const left = entryFromFilter(filter.left, attribute);
    const right = entryFromFilter(filter.right, attribute);
    return left && right && mergeDisjoint(left, right);
  }
  if (filter.kind !== 'compare' || filter.op !== 'eq' || filter.value === null) return undefined;
  const subAttribute = filterSubAttribute(attribute, filter.path);
  if (subAttribute === undefined) return undefined;
  const value = normalizeSingleValue(subAttribute, filter.value, `${attribute.name}.${subAttribute.name}`);
  return { [subAttribute.name]: value };
}

/** `type eq "work" and type eq "home"` describes no entry; the same comparison twice is harmless. */
function mergeDisjoint(left: JsonObject, right: JsonObject): JsonObject | undefined {
  for (const [key, value] of Object.entries(right)) {
    if (Object.hasOwn(left, key) && !jsonEqual(left[key], value)) return undefined;
  }
  return { ...left, ...right };
}

/** Inside `emails[...]` a name is a sub-attribute of `emails`; URIs and deeper paths address nothing there. */
function filterSubAttribute(
  attribute: ScimAttributeDefinition,
  path: AttrPath,
): ScimAttributeDefinition | undefined {
  if (path.uri !== undefined || path.subAttr !== undefined) return undefined;
  return findSubAttribute(attribute, path.name);
}
