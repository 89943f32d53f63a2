import type { ScimOrganizationRole } from '../schema/lambdatest-user.schema';
import { type ENTERPRISE_USER_SCHEMA, type LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import type { ScimMeta } from './scim-meta';

/** The "name" complex attribute (RFC 7643 §4.1.1). */
export interface ScimName {
  formatted?: string;
  familyName?: string;
  givenName?: string;
  middleName?: string;
  honorificPrefix?: string;
  honorificSuffix?: string;
}

/** The value/display/type/primary shape of emails, phoneNumbers, ims, photos, entitlements, roles and x509Certificates (RFC 7643 §2.4, §4.1.2). */
export interface ScimMultiValuedAttribute {
  value?: string;
  display?: string;
  type?: string;
  primary?: boolean;
}

/** One "addresses" entry (RFC 7643 §4.1.2). */
export interface ScimAddress {
  formatted?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  type?: string;
  primary?: boolean;
}

/** One "groups" entry; readOnly, computed by the service provider (RFC 7643 §4.1.2). */
export interface ScimGroupMembership {
  value?: string;
  $ref?: string;
  display?: string;
  type?: string;
}

/** The Enterprise User "manager" (RFC 7643 §4.3); displayName is readOnly. */
export interface ScimManager {
  value?: string;
  $ref?: string;
  displayName?: string;
}

/** The Enterprise User extension (RFC 7643 §4.3). */
export interface ScimEnterpriseUser {
  employeeNumber?: string;
  costCenter?: string;
  organization?: string;
  division?: string;
  department?: string;
  manager?: ScimManager;
}

/** The product extension. */
export interface ScimLambdaTestUser {
  OrganizationRole?: ScimOrganizationRole;
}

/** The name components that have no column of their own; givenName and familyName live in ScimUserInput. */
export type ScimNameDetails = Omit<ScimName, 'givenName' | 'familyName'>;

/**
 * Every writable core and Enterprise User attribute that is not stored in a column, under its canonical name and
 * wire shape, so `{ ...attributes }` spreads straight back into a ScimUser. Kept in step with the schema
 * definitions by scim-user-attributes.spec.ts.
 */
export interface ScimUserAttributes {
  name?: ScimNameDetails;
  nickName?: string;
  profileUrl?: string;
  title?: string;
  userType?: string;
  preferredLanguage?: string;
  locale?: string;
  timezone?: string;
  emails?: ScimMultiValuedAttribute[];
  phoneNumbers?: ScimMultiValuedAttribute[];
  ims?: ScimMultiValuedAttribute[];
  photos?: ScimMultiValuedAttribute[];
  addresses?: ScimAddress[];
  entitlements?: ScimMultiValuedAttribute[];
  roles?: ScimMultiValuedAttribute[];
  x509Certificates?: ScimMultiValuedAttribute[];
  [ENTERPRISE_USER_SCHEMA]?: ScimEnterpriseUser;
}

/** A User resource as returned on the wire (RFC 7643 §4.1, §8.2). */
export type ScimUser = Omit<ScimUserAttributes, 'name'> & {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name?: ScimName;
  displayName?: string;
  active?: boolean;
  groups?: ScimGroupMembership[];
  meta: ScimMeta;
  [LAMBDATEST_USER_SCHEMA]?: ScimLambdaTestUser;
};

/**
 * A POST or PUT body after validation (parseScimUserBody): the values the database keeps in columns, typed and
 * under canonical names, plus everything else in `attributes`. Absent optional values are undefined.
 */
export interface ScimUserInput {
  userName: string;
  externalId?: string;
  /** Always set on create; on replace, undefined means "keep the stored value" (Okta PUTs may omit it). */
  active?: boolean;
  givenName: string;
  familyName: string;
  displayName?: string;
  /** Canonical case; undefined when not sent (the vendor default is User, see DEFAULT_ORGANIZATION_ROLE). */
  organizationRole?: ScimOrganizationRole;
  attributes: ScimUserAttributes;
}

/** The create flavour: RFC 7643 leaves active optional, but the vendor contract makes it required on POST. */
export interface ScimUserCreateInput extends ScimUserInput {
  active: boolean;
}
