import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  buildResourceTypes,
  buildSchemas,
  buildServiceProviderConfig,
  ScimError,
  type ScimResourceType,
  type ScimSchemaResource,
  type ScimServiceProviderConfig,
} from '@app/scim-core';
import { MAX_RESULTS } from '@app/scim-users';

/**
 * The discovery documents (RFC 7644 §4), built once at start from the same schema definitions that validate
 * bodies, so what is advertised is exactly what is enforced.
 */
@Injectable()
export class DiscoveryService {
  readonly serviceProviderConfig: ScimServiceProviderConfig;
  readonly resourceTypes: ScimResourceType[];
  readonly schemas: ScimSchemaResource[];

  constructor(config: AppConfig) {
    const baseUrl = `${config.PUBLIC_URL.replace(/\/+$/, '')}/api/scim`;
    this.serviceProviderConfig = buildServiceProviderConfig({ baseUrl, maxResults: MAX_RESULTS });
    this.resourceTypes = buildResourceTypes(baseUrl);
    this.schemas = buildSchemas(baseUrl);
  }

  resourceType(name: string): ScimResourceType {
    const found = this.resourceTypes.find((type) => type.id.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw ScimError.notFound(`Resource type ${name} not found`);
    return found;
  }

  schema(urn: string): ScimSchemaResource {
    const found = this.schemas.find((schema) => schema.id.toLowerCase() === urn.toLowerCase());
    if (found === undefined) throw ScimError.notFound(`Schema ${urn} not found`);
    return found;
  }
}
