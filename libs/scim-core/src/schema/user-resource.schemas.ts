import { CORE_USER_SCHEMA_DEFINITION } from './core-user.schema';
import { ENTERPRISE_USER_SCHEMA_DEFINITION } from './enterprise-user.schema';
import { LAMBDATEST_USER_SCHEMA_DEFINITION } from './lambdatest-user.schema';
import type { ScimSchemaDefinition } from './scim-attribute-definition';

/** The extensions of the User resource type; neither is required (RFC 7643 §6 "schemaExtensions"). */
export const USER_EXTENSION_SCHEMA_DEFINITIONS: readonly ScimSchemaDefinition[] = [
  ENTERPRISE_USER_SCHEMA_DEFINITION,
  LAMBDATEST_USER_SCHEMA_DEFINITION,
];

/** Every schema of the User resource type, core first. */
export const USER_SCHEMA_DEFINITIONS: readonly ScimSchemaDefinition[] = [
  CORE_USER_SCHEMA_DEFINITION,
  ...USER_EXTENSION_SCHEMA_DEFINITIONS,
];

const schemasByLowerUri = new Map(USER_SCHEMA_DEFINITIONS.map((schema) => [schema.id.toLowerCase(), schema]));

/**
 * Finds a User schema by URI, compared without case like attribute names (RFC 7643 §2.1): an Entra mapping typed
 * by hand as `urn:…:extension:lambdatest:2.0:User:OrganizationRole` must still reach the product extension.
 */
export function findUserSchema(uri: string): ScimSchemaDefinition | undefined {
  return schemasByLowerUri.get(uri.toLowerCase());
}

export function isUserExtensionSchema(schema: ScimSchemaDefinition): boolean {
  return USER_EXTENSION_SCHEMA_DEFINITIONS.includes(schema);
}
