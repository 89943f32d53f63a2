export * from './scim-users.module';
export * from './scim-users.service';
export * from './scim-caller';
export * from './etag';
export * from './list-query';
export * from './stored-user';
export * from './scim-user.mapper';
export * from './unreadable-body';
