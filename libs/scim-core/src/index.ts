export * from './scim-error';
export * from './scim-urns';

export * from './schema/scim-attribute-definition';
export * from './schema/common-attributes.schema';
export * from './schema/core-user.schema';
export * from './schema/enterprise-user.schema';
export * from './schema/lambdatest-user.schema';
export * from './schema/user-resource.schemas';
export * from './schema/resolve-attribute';

export * from './wire/scim-meta';
export * from './wire/scim-user';
export * from './wire/scim-list-response';
export * from './wire/scim-patch-op';

export * from './discovery/discovery.types';
export * from './discovery/service-provider-config.builder';
export * from './discovery/resource-types.builder';
export * from './discovery/schemas.builder';

export { isJsonObject, type ScimComplexValue, type ScimValue } from './validation/scim-value';
export { MAX_STRING_LENGTH } from './validation/scalar-value.validator';
export {
  MAX_MULTI_VALUES,
  validateAttributeValue,
  isIgnoredOnInput,
} from './validation/attribute-value.validator';
export * from './validation/scim-user-body.parser';

export { parseAttributeList } from './projection/attribute-selection';
export * from './projection/project-attributes';
