/** Schema URIs of the User resource (RFC 7643 §4.1, §4.3) and of the product extension. */
export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
/** The product's own extension; the vendor setup page names this exact URN, capital letters included. */
export const LAMBDATEST_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

/** Message schemas (RFC 7644 §3.4.2, §3.4.3, §3.5.2). The error schema lives next to ScimError. */
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SEARCH_REQUEST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** Discovery schemas (RFC 7643 §5, §6, §7). */
export const SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
