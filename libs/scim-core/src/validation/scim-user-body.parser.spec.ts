import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScimError } from '../scim-error';
import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import { parseScimUserBody, type ScimUserBodyMode } from './scim-user-body.parser';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const PRODUCT = LAMBDATEST_USER_SCHEMA;

function fixture(name: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${name} is no object`);
  return { ...parsed };
}

const minimal = { userName: 'bjensen', name: { givenName: 'Barbara', familyName: 'Jensen' }, active: true };

describe(parseScimUserBody.name, () => {
  const sut = parseScimUserBody;

  describe('IdP bodies', () => {
    it('should parse the Entra POST body into columns and attributes', () => {
      expect(sut(fixture('entra-create-user.json'), { mode: 'create' })).toEqual({
        userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1',
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        active: true,
        givenName: 'givenName',
        familyName: 'familyName',
        displayName: 'Test User',
        organizationRole: 'Admin',
        attributes: {
          addresses: [
            {
              primary: true,
              type: 'work',
              streetAddress: '1 Main',
              locality: 'Redmond',
              region: 'WA',
              postalCode: '98052',
              country: 'US',
            },
          ],
          emails: [{ primary: true, type: 'work', value: 'Test_User_11bb6d4c@testuser.com' }],
          name: { formatted: 'givenName familyName' },
          title: 'Manager',
          [ENTERPRISE]: { employeeNumber: '123', department: 'Eng', manager: { value: 'abc' } },
        },
      });
    });

    it('should drop the password and ignore readOnly groups in an Okta POST body', () => {
      expect(sut(fixture('okta-create-user.json'), { mode: 'create' })).toEqual({
        userName: 'test.user@okta.local',
        externalId: '00ujl29u0le5T6Aj10h7',
        active: true,
        givenName: 'Test',
        familyName: 'User',
        displayName: 'Test User',
        attributes: {
          emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
          locale: 'en-US',
        },
      });
    });

    it('should ignore id and meta in an Okta PUT body', () => {
      const result = sut(fixture('okta-replace-user.json'), { mode: 'replace' });

      expect(result).toMatchObject({ givenName: 'Another', active: false });
      expect(result.attributes).toEqual({
        emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
        locale: 'en-US',
      });
    });
  });

  describe('names', () => {
    it('should match attribute names in any case and return canonical names', () => {
      const body = {
        USERNAME: 'bjensen',
        Name: { GivenName: 'Barbara', FAMILYNAME: 'Jensen', middlename: 'Jane' },
        ACTIVE: true,
        Emails: [{ VALUE: 'b@example.com', Type: 'work', PRIMARY: true }],
        externalid: 'x1',
      };

      expect(sut(body, { mode: 'create' })).toEqual({
        userName: 'bjensen',
        givenName: 'Barbara',
        familyName: 'Jensen',
        active: true,
        externalId: 'x1',
        attributes: {
          name: { middleName: 'Jane' },
          emails: [{ value: 'b@example.com', type: 'work', primary: true }],
        },
      });
    });

    it('should accept dotted and URN-qualified core names and merge them with the complex value', () => {
      const body = {
        [`${CORE_USER_SCHEMA}:userName`]: 'bjensen',
        'Name.GivenName': 'Barbara',
        name: { familyName: 'Jensen' },
        'name.honorificPrefix': 'Ms.',
        active: true,
      };

      expect(sut(body, { mode: 'create' })).toMatchObject({
        userName: 'bjensen',
        givenName: 'Barbara',
        familyName: 'Jensen',
        attributes: { name: { honorificPrefix: 'Ms.' } },
      });
    });

    it('should accept extension attributes as flat full-URN keys, nested objects and nested dotted keys', () => {
      const body = {
        ...minimal,
        [`${ENTERPRISE}:employeeNumber`]: '701984',
        [`${ENTERPRISE}:manager.value`]: 'm-1',
        [ENTERPRISE]: { Department: 'Tour Operations', 'manager.$REF': '../Users/m-1' },
        [`${PRODUCT.toLowerCase()}:organizationrole`]: 'guest',
      };

      expect(sut(body, { mode: 'create' })).toMatchObject({
        organizationRole: 'Guest',
        attributes: {
          [ENTERPRISE]: {
            employeeNumber: '701984',
            manager: { value: 'm-1', $ref: '../Users/m-1' },
            department: 'Tour Operations',
          },
        },
      });
    });
  });

  describe('values', () => {
    it.each([
      ['True', true],
      ['FALSE', false],
      ['false', false],
      [true, true],
    ])('should read active %p as %p (Entra sends strings)', (active, expected) => {
      expect(sut({ ...minimal, active }, { mode: 'create' }).active).toBe(expected);
    });

    it('should coerce string booleans inside multi-valued attributes', () => {
      const body = { ...minimal, roles: [{ value: 'tester', primary: 'True' }] };

      expect(sut(body, { mode: 'create' }).attributes.roles).toEqual([{ value: 'tester', primary: true }]);
    });

    it.each([
      ['aDmIn', 'Admin'],
      ['GUEST', 'Guest'],
      [' User ', 'User'],
      ['', undefined],
      [null, undefined],
    ])('should read OrganizationRole %p as %p', (role, expected) => {
      const body = { ...minimal, [PRODUCT]: { OrganizationRole: role } };

      expect(sut(body, { mode: 'create' }).organizationRole).toBe(expected);
    });

    it('should honour the product extension when its URN is missing from schemas', () => {
      const body = { schemas: [CORE_USER_SCHEMA], ...minimal, [PRODUCT]: { OrganizationRole: 'Admin' } };

      expect(sut(body, { mode: 'create' }).organizationRole).toBe('Admin');
    });

    it('should leave organizationRole undefined when the extension is absent', () => {
      expect(sut(minimal, { mode: 'create' })).not.toHaveProperty('organizationRole');
    });

    it('should treat null, empty arrays and emptied objects as unassigned (RFC 7643 §2.5)', () => {
      const body = {
        ...minimal,
        title: null,
        emails: [],
        name: { ...minimal.name, middleName: null },
        ims: [{}],
      };

      expect(sut(body, { mode: 'create' }).attributes).toEqual({});
    });

    it('should ignore readOnly sub-attributes such as manager.displayName', () => {
      const body = { ...minimal, [ENTERPRISE]: { manager: { value: 'm-1', displayName: 'Boss' } } };

      expect(sut(body, { mode: 'create' }).attributes).toEqual({
        [ENTERPRISE]: { manager: { value: 'm-1' } },
      });
    });

    it('should accept a bare manager id as manager.value', () => {
      const body = { ...minimal, [ENTERPRISE]: { manager: 'm-1' } };

      expect(sut(body, { mode: 'create' }).attributes).toEqual({
        [ENTERPRISE]: { manager: { value: 'm-1' } },
      });
    });

    it('should keep userName exactly as sent', () => {
      expect(sut({ ...minimal, userName: ' BJensen@Example.com' }, { mode: 'create' }).userName).toBe(
        ' BJensen@Example.com',
      );
    });

    it('should accept a base64 certificate and every core attribute of the schema', () => {
      const body = {
        ...minimal,
        nickName: 'Babs',
        profileUrl: 'https://login.example.com/bjensen',
        userType: 'Employee',
        preferredLanguage: 'en-US',
        timezone: 'America/Los_Angeles',
        phoneNumbers: [{ value: 'tel:+1-201-555-0123', type: 'work' }],
        ims: [{ value: 'someaimhandle', type: 'aim' }],
        photos: [{ value: 'https://photos.example.com/profilephoto.jpg', type: 'photo' }],
        entitlements: [{ value: 'premium' }],
        x509Certificates: [{ value: 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw' }],
      };

      const { attributes } = sut(body, { mode: 'create' });

      expect(Object.keys(attributes)).toEqual(Object.keys(body).slice(3));
    });
  });

  describe('modes', () => {
    it('should keep active undefined on replace when it is omitted', () => {
      const result = sut({ userName: 'bjensen', name: minimal.name }, { mode: 'replace' });

      expect(result).not.toHaveProperty('active');
    });

    it('should require active on create', () => {
      expect(() => sut({ userName: 'bjensen', name: minimal.name }, { mode: 'create' })).toThrow(
        new ScimError(400, 'invalidValue', "Attribute 'active' is required"),
      );
    });

    it.each<ScimUserBodyMode>(['create', 'replace'])('should require name.givenName on %s', (mode) => {
      expect(() => sut({ ...minimal, name: { familyName: 'Jensen' } }, { mode })).toThrow(
        "Attribute 'name.givenName' is required",
      );
    });
  });
});
