import { CORE_USER_SCHEMA_DEFINITION } from '../schema/core-user.schema';
import { ENTERPRISE_USER_SCHEMA_DEFINITION } from '../schema/enterprise-user.schema';
import type { ScimAttributeDefinition } from '../schema/scim-attribute-definition';
import { ENTERPRISE_USER_SCHEMA } from '../scim-urns';
import { isIgnoredOnInput } from '../validation/attribute-value.validator';
import type {
  ScimAddress,
  ScimEnterpriseUser,
  ScimManager,
  ScimMultiValuedAttribute,
  ScimNameDetails,
  ScimUserAttributes,
} from './scim-user';

// Required<...> makes the compiler demand every property, so these samples list each interface's keys exactly.
const multiValued: Required<ScimMultiValuedAttribute> = {
  value: 'v',
  display: 'd',
  type: 't',
  primary: true,
};
const address: Required<ScimAddress> = {
  formatted: 'f',
  streetAddress: 's',
  locality: 'l',
  region: 'r',
  postalCode: 'p',
  country: 'c',
  type: 'work',
  primary: true,
};
const manager: Required<ScimManager> = { value: 'm', $ref: '../Users/m', displayName: 'M' };
const enterprise: Required<ScimEnterpriseUser> = {
  employeeNumber: '1',
  costCenter: 'c',
  organization: 'o',
  division: 'd',
  department: 'd',
  manager,
};
const nameDetails: Required<ScimNameDetails> = {
  formatted: 'f',
  middleName: 'm',
  honorificPrefix: 'p',
  honorificSuffix: 's',
};
const everyAttribute: Required<ScimUserAttributes> = {
  name: nameDetails,
  nickName: 'n',
  profileUrl: 'https://example.com/u',
  title: 't',
  userType: 'u',
  preferredLanguage: 'en',
  locale: 'en-US',
  timezone: 'UTC',
  emails: [multiValued],
  phoneNumbers: [multiValued],
  ims: [multiValued],
  photos: [multiValued],
  addresses: [address],
  entitlements: [multiValued],
  roles: [multiValued],
  x509Certificates: [multiValued],
  [ENTERPRISE_USER_SCHEMA]: enterprise,
};

const COLUMNS = ['userName', 'displayName', 'active'];
const names = (attributes: readonly ScimAttributeDefinition[] | undefined) =>
  (attributes ?? []).map((attribute) => attribute.name).sort();
const coreAttribute = (name: string) => CORE_USER_SCHEMA_DEFINITION.attributes.find((a) => a.name === name);

describe('ScimUserAttributes', () => {
  it('should have one property per writable core attribute without a column, plus the enterprise extension', () => {
    const writable = CORE_USER_SCHEMA_DEFINITION.attributes.filter(
      (attribute) => !isIgnoredOnInput(attribute) && !COLUMNS.includes(attribute.name),
    );

    expect(Object.keys(everyAttribute).sort()).toEqual([...names(writable), ENTERPRISE_USER_SCHEMA].sort());
  });

  it('should match the sub-attributes of name, addresses and the multi-valued quartet', () => {
    const nameSubs = names(coreAttribute('name')?.subAttributes).filter(
      (n) => !['givenName', 'familyName'].includes(n),
    );

    expect(Object.keys(nameDetails).sort()).toEqual(nameSubs);
    expect(Object.keys(address).sort()).toEqual(names(coreAttribute('addresses')?.subAttributes));
    for (const attribute of [
      'emails',
      'phoneNumbers',
      'ims',
      'photos',
      'entitlements',
      'roles',
      'x509Certificates',
    ]) {
      expect(Object.keys(multiValued).sort()).toEqual(names(coreAttribute(attribute)?.subAttributes));
    }
  });

  it('should match the Enterprise User extension and its manager', () => {
    const managerDefinition = ENTERPRISE_USER_SCHEMA_DEFINITION.attributes.find((a) => a.name === 'manager');

    expect(Object.keys(enterprise).sort()).toEqual(names(ENTERPRISE_USER_SCHEMA_DEFINITION.attributes));
    expect(Object.keys(manager).sort()).toEqual(names(managerDefinition?.subAttributes));
  });
});
