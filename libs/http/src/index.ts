export * from './api-exception.filter';
export * from './to-scim-error';
export * from './scim-paths';
export * from './request-id.middleware';
