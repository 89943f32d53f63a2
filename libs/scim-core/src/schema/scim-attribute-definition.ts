/** Attribute data types (RFC 7643 §2.3). */
export type ScimAttributeType =
  'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'binary' | 'complex';

/** RFC 7643 §7 "mutability". */
export type ScimMutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
/** RFC 7643 §7 "returned". */
export type ScimReturned = 'always' | 'never' | 'default' | 'request';
/** RFC 7643 §7 "uniqueness". */
export type ScimUniqueness = 'none' | 'server' | 'global';

/**
 * One attribute with its characteristics (RFC 7643 §2.2, §7). The definitions are the single source for
 * /Schemas, body validation, projection and filter type checks.
 *
 * `enforceCanonicalValues`, `bareValueSubAttribute` and `maxLength` are server policy, not RFC characteristics:
 * they drive validation and are never rendered by /Schemas.
 */
export interface ScimAttributeDefinition {
  readonly name: string;
  readonly type: ScimAttributeType;
  readonly multiValued: boolean;
  readonly description: string;
  readonly required: boolean;
  readonly caseExact: boolean;
  readonly mutability: ScimMutability;
  readonly returned: ScimReturned;
  readonly uniqueness: ScimUniqueness;
  readonly canonicalValues?: readonly string[];
  readonly referenceTypes?: readonly string[];
  readonly subAttributes?: readonly ScimAttributeDefinition[];
  /** RFC 7643 §7 lets a provider ignore or accept unlisted canonical values; set where the product needs a closed set. */
  readonly enforceCanonicalValues?: boolean;
  /** A bare string is accepted as shorthand for `{ [bareValueSubAttribute]: string }` (Entra sends `manager` so). */
  readonly bareValueSubAttribute?: string;
  /** Upper bound on string length; the validator applies a per-type default when absent. */
  readonly maxLength?: number;
}

/** A schema resource (RFC 7643 §7): its URI, name and attributes. */
export interface ScimSchemaDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly attributes: readonly ScimAttributeDefinition[];
}

type AttributeOptions = Partial<Omit<ScimAttributeDefinition, 'name' | 'description'>>;

/**
 * Builds a definition with the defaults of RFC 7643 §2.2 ("required" false, "caseExact" false, "mutability"
 * readWrite, "returned" default, "uniqueness" none, type string, single-valued), so the schema files only spell
 * out what differs from the RFC defaults.
 */
export function defineAttribute(
  name: string,
  description: string,
  options: AttributeOptions = {},
): ScimAttributeDefinition {
  return {
    name,
    type: 'string',
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

/**
 * The value/display/type/primary quartet shared by most multi-valued attributes (RFC 7643 §2.4), with the
 * attribute's suggested "type" values. `valueOptions` adjusts the value sub-attribute (photos are references,
 * certificates are binary).
 */
export function defineMultiValuedAttribute(
  name: string,
  description: string,
  typeValues: readonly string[],
  valueOptions: AttributeOptions = {},
): ScimAttributeDefinition {
  return defineAttribute(name, description, {
    type: 'complex',
    multiValued: true,
    subAttributes: [
      defineAttribute('value', `The value of the ${name} entry.`, valueOptions),
      defineAttribute('display', 'A human-readable name, primarily used for display purposes.'),
      defineAttribute(
        'type',
        `A label indicating the entry's function.`,
        typeValues.length > 0 ? { canonicalValues: typeValues } : {},
      ),
      defineAttribute('primary', `Whether this is the preferred entry of ${name}; at most one may be true.`, {
        type: 'boolean',
      }),
    ],
  });
}
