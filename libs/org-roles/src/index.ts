export * from './org-role';
export * from './org-role.mapper';
export * from './last-admin.policy';
export * from './scim-token-prerequisites.policy';
export * from './org-roles.service';
export * from './org-roles.module';
