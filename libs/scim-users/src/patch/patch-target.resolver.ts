import {
  findSubAttribute,
  findUserSchema,
  resolveAttribute,
  ScimError,
  USER_EXTENSION_SCHEMA_DEFINITIONS,
  type ScimAttributeDefinition,
} from '@app/scim-core';
import {
  isWholeExtensionPath,
  parsePatchPath,
  printFilter,
  type ScimFilter,
  type ScimPatchPath,
} from '@app/scim-filter';
import { describePath } from './patch-document';
import { assertFilterNamesSubAttributes } from './value-filter';

/** A whole extension object, e.g. `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
export interface ExtensionTarget {
  readonly kind: 'extension';
  readonly schemaUrn: string;
}

/**
 * One attribute, optionally narrowed to a sub-attribute and, for multi-valued attributes, to the entries a value
 * filter selects (RFC 7644 §3.5.2: `PATH = attrPath / valuePath [subAttr]`). Names are canonical.
 */
export interface AttributeTarget {
  readonly kind: 'attribute';
  /** Canonical URI of the schema that holds the attribute; the core schema's attributes sit at the top level. */
  readonly schemaUrn: string;
  readonly attribute: ScimAttributeDefinition;
  readonly subAttribute?: ScimAttributeDefinition;
  readonly filter?: ScimFilter;
  /** Canonical path for error details, e.g. `emails[type eq "work"].value`. */
  readonly path: string;
}

export type PatchTarget = ExtensionTarget | AttributeTarget;

// Only extension URNs address a whole object; the core URN alone is no attribute of the resource.
const EXTENSION_URIS = USER_EXTENSION_SCHEMA_DEFINITIONS.map((schema) => schema.id);

/**
 * Resolves a PATCH path against the User schemas, names in any letter case (RFC 7643 §2.1). Anything the schemas
 * do not define is an invalidPath, never silently ignored (idp-behaviour §3.13); readOnly attributes (`id`,
 * `meta`, `groups`, `manager.displayName`) and `schemas` are a mutability error (RFC 7644 §3.5.2).
 */
export function resolvePatchTarget(text: string): PatchTarget {
  const parsed = parsePatchPath(text, { schemaUris: EXTENSION_URIS });
  if (isWholeExtensionPath(parsed)) return resolveExtension(parsed);
  if (parsed.path.uri === undefined && parsed.path.name.toLowerCase() === 'schemas') {
    throw ScimError.mutability(
      "'schemas' cannot be modified by PATCH; extensions are added by setting their attributes",
    );
  }
  const target =
    parsed.filter === undefined ? resolvePlain(parsed, text) : resolveValuePath(parsed, parsed.filter, text);
  assertWritable(target);
  return target;
}

function resolveExtension(parsed: ScimPatchPath): ExtensionTarget {
  const schema = findUserSchema(parsed.path.uri ?? '');
  if (schema === undefined) throw unknownPath(parsed.path.uri ?? '');
  return { kind: 'extension', schemaUrn: schema.id };
}

/** `attrPath`: `userName`, `name.givenName`, `urn:…:enterprise:2.0:User:manager.value`. */
function resolvePlain(parsed: ScimPatchPath, text: string): AttributeTarget {
  const resolved = resolveAttribute(parsed.path);
  if (resolved === undefined) throw unknownPath(text);
  return {
    kind: 'attribute',
    schemaUrn: resolved.schemaUrn,
    attribute: resolved.attribute,
    ...(resolved.subAttribute === undefined ? {} : { subAttribute: resolved.subAttribute }),
    path: resolved.canonicalPath,
  };
}

/** `valuePath [subAttr]`: `emails[type eq "work"]`, `addresses[type eq "work"].locality`. */
function resolveValuePath(parsed: ScimPatchPath, filter: ScimFilter, text: string): AttributeTarget {
  if (parsed.path.subAttr !== undefined) {
    throw ScimError.invalidPath(
      `'${describePath(text)}': a value filter applies to an attribute, not to a sub-attribute`,
    );
  }
  const resolved = resolveAttribute(parsed.path);
  if (resolved === undefined) throw unknownPath(text);
  const { attribute } = resolved;
  if (!attribute.multiValued || attribute.type !== 'complex') {
    throw ScimError.invalidPath(
      `'${describePath(text)}': a value filter needs a multi-valued complex attribute, and '${attribute.name}' is not one`,
    );
  }
  assertFilterNamesSubAttributes(filter, attribute, text);
  const subAttribute = parsed.subAttr === undefined ? undefined : findSubAttribute(attribute, parsed.subAttr);
  if (parsed.subAttr !== undefined && subAttribute === undefined) throw unknownPath(text);
  const suffix = subAttribute === undefined ? '' : `.${subAttribute.name}`;
  return {
    kind: 'attribute',
    schemaUrn: resolved.schemaUrn,
    attribute,
    filter,
    ...(subAttribute === undefined ? {} : { subAttribute }),
    path: `${resolved.canonicalPath}[${printFilter(filter)}]${suffix}`,
  };
}

/** "A client MUST NOT modify an attribute that has mutability readOnly" (RFC 7644 §3.5.2). */
function assertWritable(target: AttributeTarget): void {
  const readOnly = [target.attribute, target.subAttribute].some(
    (definition) => definition?.mutability === 'readOnly',
  );
  if (readOnly)
    throw ScimError.mutability(`Attribute '${describePath(target.path)}' is readOnly and cannot be modified`);
}

function unknownPath(text: string): ScimError {
  return ScimError.invalidPath(
    `Attribute path '${describePath(text)}' is not defined for the User resource type`,
  );
}
