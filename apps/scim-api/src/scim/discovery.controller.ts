import { Controller, Get, Param } from '@nestjs/common';
import {
  LIST_RESPONSE_SCHEMA,
  type ScimListResponse,
  type ScimResourceType,
  type ScimSchemaResource,
  type ScimServiceProviderConfig,
} from '@app/scim-core';
import { Credential } from '@app/tokens';
import { DiscoveryService } from './discovery.service';

/** RFC 7644 §4 discovery endpoints, behind the same SCIM token as /Users. */
@Controller('api/scim')
@Credential('scim-token')
export class DiscoveryController {
  constructor(private readonly discovery: DiscoveryService) {}

  @Get('ServiceProviderConfig')
  serviceProviderConfig(): ScimServiceProviderConfig {
    return this.discovery.serviceProviderConfig;
  }

  @Get('ResourceTypes')
  resourceTypes(): ScimListResponse<ScimResourceType> {
    return listOf(this.discovery.resourceTypes);
  }

  @Get('ResourceTypes/:name')
  resourceType(@Param('name') name: string): ScimResourceType {
    return this.discovery.resourceType(name);
  }

  @Get('Schemas')
  schemas(): ScimListResponse<ScimSchemaResource> {
    return listOf(this.discovery.schemas);
  }

  @Get('Schemas/:urn')
  schema(@Param('urn') urn: string): ScimSchemaResource {
    return this.discovery.schema(urn);
  }
}

function listOf<T>(resources: T[]): ScimListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
