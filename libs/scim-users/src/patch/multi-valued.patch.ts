import { findSubAttribute, ScimError, type ScimAttributeDefinition } from '@app/scim-core';
import { describePath, isMutableObject, jsonEqual, type JsonObject } from './patch-document';
import { normalizeComplexValue, normalizeValue } from './patch-value.normalizer';
import type { AttributeTarget } from './patch-target.resolver';
import { entryFromFilter, matchesEntry } from './value-filter';

export type WriteMode = 'add' | 'replace';

/**
 * `add` to a multi-valued attribute appends (RFC 7644 §3.5.2.1), skipping values it already holds: "if the
 * target location already contains the value specified, no changes SHOULD be made". Entra and Okta re-send
 * the same add on every sync cycle.
 */
export function appendValues(
  container: JsonObject,
  attribute: ScimAttributeDefinition,
  value: unknown,
): void {
  const entries = entriesOf(container, attribute);
  const added: JsonObject[] = [];
  for (const item of asList(normalizeValue(attribute, value, attribute.name))) {
    const cleaned = isMutableObject(item) ? withoutNulls(item) : {};
    if (Object.keys(cleaned).length === 0 || entries.some((entry) => jsonEqual(entry, cleaned))) continue;
    entries.push(cleaned);
    added.push(cleaned);
  }
  demoteOtherPrimaries(entries, added);
  storeEntries(container, attribute, entries);
}

/** `replace` of a multi-valued attribute without a filter: "the attribute and all values are replaced" (§3.5.2.3). */
export function replaceValues(
  container: JsonObject,
  attribute: ScimAttributeDefinition,
  value: unknown,
): void {
  const entries = asList(normalizeValue(attribute, value, attribute.name))
    .filter(isMutableObject)
    .map(withoutNulls)
    .filter((entry) => Object.keys(entry).length > 0);
  storeEntries(container, attribute, entries);
}

/**
 * `add`/`replace` through a value filter, or to a sub-attribute of every entry (`emails.value` selects all):
 * the sub-attribute, or the given sub-attributes of an object value, are set on every selected entry
 * (RFC 7644 §3.5.2.3). When nothing is selected the entry is created from the filter (see entryFromFilter).
 */
export function writeSelectedEntries(
  container: JsonObject,
  target: AttributeTarget,
  value: unknown,
  mode: WriteMode,
): void {
  const { attribute, filter } = target;
  const patch = selectedEntryPatch(target, value);
  const entries = entriesOf(container, attribute);
  const selected = entries.filter((entry) => filter === undefined || matchesEntry(filter, attribute, entry));
  if (selected.length > 0) {
    for (const entry of selected) mergeInto(entry, patch);
  } else if (Object.values(patch).some((item) => item !== null)) {
    const created = createEntry(target, patch, mode);
    entries.push(created);
    selected.push(created);
  }
  if (patch.primary === true) demoteOtherPrimaries(entries, selected);
  storeEntries(
    container,
    attribute,
    entries.filter((entry) => Object.keys(entry).length > 0),
  );
}

function createEntry(target: AttributeTarget, patch: JsonObject, mode: WriteMode): JsonObject {
  const base = target.filter === undefined ? {} : entryFromFilter(target.filter, target.attribute);
  if (base === undefined) {
    throw ScimError.noTarget(
      `'${describePath(target.path)}' matches no value, so there is nothing to ${mode}`,
    );
  }
  return withoutNulls({ ...base, ...patch });
}

/**
 * `remove` through a value filter: without a sub-attribute the selected entries go; with one, that sub-attribute
 * of each selected entry (RFC 7644 §3.5.2.2). Selecting nothing is a successful no-op, not noTarget: Entra
 * re-sends removes on later cycles and escrows failures for weeks (idp-behaviour §1), so a second, identical
 * remove must succeed as the first did.
 */
export function removeSelectedEntries(container: JsonObject, target: AttributeTarget): void {
  const { attribute, filter, subAttribute } = target;
  const entries = entriesOf(container, attribute);
  const isSelected = (entry: JsonObject): boolean =>
    filter === undefined || matchesEntry(filter, attribute, entry);
  if (subAttribute === undefined) {
    storeEntries(
      container,
      attribute,
      entries.filter((entry) => !isSelected(entry)),
    );
    return;
  }
  for (const entry of entries.filter(isSelected)) delete entry[subAttribute.name];
  storeEntries(
    container,
    attribute,
    entries.filter((entry) => Object.keys(entry).length > 0),
  );
}

/**
 * `remove` of a multi-valued attribute with a `value` naming entries, as Entra sends for members
 * (idp-behaviour §3.1): only entries having every given sub-attribute value go, instead of the whole attribute,
 * which is what a strict reading would do and what wiped data for other servers.
 */
export function removeListedValues(
  container: JsonObject,
  attribute: ScimAttributeDefinition,
  value: unknown,
): void {
  const listed = asList(normalizeValue(attribute, value, attribute.name))
    .filter(isMutableObject)
    .map(withoutNulls);
  const entries = entriesOf(container, attribute).filter(
    (entry) =>
      !listed.some((wanted) => Object.keys(wanted).length > 0 && containsValues(attribute, entry, wanted)),
  );
  storeEntries(container, attribute, entries);
}

/** The sub-attributes a write through a filter sets: one for `emails[…].value`, those of the object otherwise. */
function selectedEntryPatch(target: AttributeTarget, value: unknown): JsonObject {
  const { attribute, subAttribute } = target;
  if (subAttribute !== undefined) {
    return { [subAttribute.name]: normalizeValue(subAttribute, value, target.path) };
  }
  return normalizeComplexValue(attribute, value, target.path);
}

/** Sub-attributes of a complex value are merged; null unassigns one (RFC 7643 §2.5, RFC 7644 §3.5.2.3). */
export function mergeInto(entry: JsonObject, patch: JsonObject): void {
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete entry[name];
    else entry[name] = value;
  }
}

/**
 * "The primary attribute value true MUST appear no more than once" (RFC 7643 §2.4): a value written with
 * primary true takes it from the others, as RFC 7644 §3.5.2 has the server do for PATCH.
 */
function demoteOtherPrimaries(entries: readonly JsonObject[], written: readonly JsonObject[]): void {
  if (!written.some((entry) => entry.primary === true)) return;
  for (const entry of entries) {
    if (!written.includes(entry) && entry.primary === true) entry.primary = false;
  }
}

/** Whether `entry` holds every sub-attribute of `wanted`; strings compare without case unless caseExact. */
function containsValues(attribute: ScimAttributeDefinition, entry: JsonObject, wanted: JsonObject): boolean {
  return Object.entries(wanted).every(([name, value]) => {
    const actual = entry[name];
    if (
      typeof actual === 'string' &&
      typeof value === 'string' &&
      !findSubAttribute(attribute, name)?.caseExact
    ) {
      return actual.toLowerCase() === value.toLowerCase();
    }
    return jsonEqual(actual, value);
  });
}

/** The entries as stored; the document was validated before, so anything else is not an entry. */
function entriesOf(container: JsonObject, attribute: ScimAttributeDefinition): JsonObject[] {
  const stored = container[attribute.name];
  return Array.isArray(stored) ? stored.filter(isMutableObject) : [];
}

/** An empty multi-valued attribute is unassigned (RFC 7644 §3.5.2.2, RFC 7643 §2.5): its key goes. */
function storeEntries(
  container: JsonObject,
  attribute: ScimAttributeDefinition,
  entries: JsonObject[],
): void {
  if (entries.length > 0) container[attribute.name] = entries;
  else delete container[attribute.name];
}

function withoutNulls(entry: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== null));
}

function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
