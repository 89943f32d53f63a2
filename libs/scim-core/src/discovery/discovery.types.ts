import type {
  ScimAttributeType,
  ScimMutability,
  ScimReturned,
  ScimUniqueness,
} from '../schema/scim-attribute-definition';
import type { RESOURCE_TYPE_SCHEMA, SCHEMA_SCHEMA, SERVICE_PROVIDER_CONFIG_SCHEMA } from '../scim-urns';
import type { ScimMeta } from '../wire/scim-meta';

/** An attribute as /Schemas renders it (RFC 7643 §7): the RFC characteristics and nothing else. */
export interface ScimSchemaAttribute {
  name: string;
  type: ScimAttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: ScimMutability;
  returned: ScimReturned;
  uniqueness: ScimUniqueness;
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: ScimSchemaAttribute[];
}

/** A schema resource served by /Schemas (RFC 7643 §7, RFC 7644 §4). */
export interface ScimSchemaResource {
  schemas: [typeof SCHEMA_SCHEMA];
  id: string;
  name: string;
  description: string;
  attributes: ScimSchemaAttribute[];
  meta: ScimMeta;
}

/** A resource type served by /ResourceTypes (RFC 7643 §6). */
export interface ScimResourceType {
  schemas: [typeof RESOURCE_TYPE_SCHEMA];
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  schemaExtensions: { schema: string; required: boolean }[];
  meta: ScimMeta;
}

export interface ScimSupported {
  supported: boolean;
}

export interface ScimAuthenticationScheme {
  type: string;
  name: string;
  description: string;
  specUri?: string;
  documentationUri?: string;
  primary?: boolean;
}

/** The service provider's configuration (RFC 7643 §5). */
export interface ScimServiceProviderConfig {
  schemas: [typeof SERVICE_PROVIDER_CONFIG_SCHEMA];
  documentationUri?: string;
  patch: ScimSupported;
  bulk: ScimSupported & { maxOperations: number; maxPayloadSize: number };
  filter: ScimSupported & { maxResults: number };
  changePassword: ScimSupported;
  sort: ScimSupported;
  etag: ScimSupported;
  authenticationSchemes: ScimAuthenticationScheme[];
  meta: ScimMeta;
}

/** Base URLs are configured with or without a trailing slash; locations must not double it. */
export function trimTrailingSlash(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
