import { isIgnoredOnInput, ScimError, type ScimAttributeDefinition } from '@app/scim-core';
import {
  containerOf,
  describePath,
  isMutableObject,
  pruneContainer,
  type JsonObject,
} from './patch-document';
import {
  appendValues,
  mergeInto,
  removeListedValues,
  removeSelectedEntries,
  replaceValues,
  writeSelectedEntries,
  type WriteMode,
} from './multi-valued.patch';
import type { AttributeTarget } from './patch-target.resolver';
import { normalizeComplexValue, normalizeValue } from './patch-value.normalizer';

/**
 * `add` or `replace` at an attribute target (RFC 7644 §3.5.2.1, §3.5.2.3). They differ only for a multi-valued
 * attribute without filter, where add appends and replace swaps the whole list; for a complex attribute both
 * merge the given sub-attributes ("sub-attributes that are not specified in the value parameter are left
 * unchanged"), and a missing target is created, as replace "SHALL treat the operation as an add".
 */
export function writeAttribute(
  root: JsonObject,
  target: AttributeTarget,
  value: unknown,
  mode: WriteMode,
): void {
  if (isDiscarded(target.attribute)) return;
  if (value === null) {
    // null is "unassigned" (RFC 7643 §2.5): replacing with it removes; adding it adds nothing.
    if (mode === 'replace') removeAttribute(root, target, undefined);
    return;
  }
  const container = containerOf(root, target.schemaUrn, true);
  const { attribute, subAttribute } = target;
  if (attribute.multiValued) {
    writeMultiValued(container, target, value, mode);
  } else if (subAttribute !== undefined) {
    writeComplex(container, attribute, {
      [subAttribute.name]: normalizeValue(subAttribute, value, target.path),
    });
  } else if (attribute.type === 'complex') {
    writeComplex(container, attribute, normalizeComplexValue(attribute, value, target.path));
  } else {
    container[attribute.name] = normalizeValue(attribute, value, target.path);
  }
  pruneContainer(root, target.schemaUrn);
}

/**
 * `remove` at an attribute target (RFC 7644 §3.5.2.2). Removing what is not there succeeds without change, since
 * IdPs re-send removes (idp-behaviour §1). `value` only matters for a multi-valued attribute without filter.
 */
export function removeAttribute(root: JsonObject, target: AttributeTarget, value: unknown): void {
  if (isDiscarded(target.attribute)) return;
  assertNotRequired(target);
  const container = containerOf(root, target.schemaUrn, false);
  if (container === undefined) return;
  const { attribute, subAttribute } = target;
  if (attribute.multiValued && (target.filter !== undefined || subAttribute !== undefined)) {
    removeSelectedEntries(container, target);
  } else if (attribute.multiValued && value !== undefined && value !== null) {
    removeListedValues(container, attribute, value);
  } else if (subAttribute !== undefined) {
    removeSubAttribute(container, attribute, subAttribute);
  } else {
    delete container[attribute.name];
  }
  pruneContainer(root, target.schemaUrn);
}

function writeMultiValued(
  container: JsonObject,
  target: AttributeTarget,
  value: unknown,
  mode: WriteMode,
): void {
  if (target.filter !== undefined || target.subAttribute !== undefined) {
    writeSelectedEntries(container, target, value, mode);
  } else if (mode === 'add') {
    appendValues(container, target.attribute, value);
  } else {
    replaceValues(container, target.attribute, value);
  }
}

/** Merges sub-attributes into a single-valued complex attribute, creating it when absent. */
function writeComplex(container: JsonObject, attribute: ScimAttributeDefinition, patch: JsonObject): void {
  const stored = container[attribute.name];
  const current: JsonObject = isMutableObject(stored) ? stored : {};
  mergeInto(current, patch);
  if (Object.keys(current).length > 0) container[attribute.name] = current;
  else delete container[attribute.name];
}

function removeSubAttribute(
  container: JsonObject,
  attribute: ScimAttributeDefinition,
  subAttribute: ScimAttributeDefinition,
): void {
  const stored = container[attribute.name];
  if (!isMutableObject(stored)) return;
  delete stored[subAttribute.name];
  if (Object.keys(stored).length === 0) delete container[attribute.name];
}

/**
 * A required attribute cannot be unassigned: RFC 7644 §3.12 "invalidValue: a required value was missing".
 * Only `userName` is required by the schema; name.givenName and name.familyName are checked by the caller.
 */
function assertNotRequired(target: AttributeTarget): void {
  const unassigns = target.subAttribute ?? (target.filter === undefined ? target.attribute : undefined);
  if (unassigns?.required) {
    throw ScimError.invalidValue(
      `Attribute '${describePath(target.path)}' is required and cannot be removed`,
    );
  }
}

/** `password` is accepted and never stored, as on POST and PUT: members sign in through SSO only. */
function isDiscarded(attribute: ScimAttributeDefinition): boolean {
  return isIgnoredOnInput(attribute);
}
