import { CORE_USER_SCHEMA } from '../scim-urns';
import {
  defineAttribute,
  defineMultiValuedAttribute,
  type ScimAttributeDefinition,
  type ScimSchemaDefinition,
} from './scim-attribute-definition';

/** Longest accepted userName: generous for UPNs and e-mail addresses, small enough for a btree index. */
export const USER_NAME_MAX_LENGTH = 256;

const nameAttribute = defineAttribute('name', "The components of the user's real name (RFC 7643 §4.1.1).", {
  type: 'complex',
  subAttributes: [
    defineAttribute('formatted', 'The full name, formatted for display.'),
    defineAttribute('familyName', 'The family name of the User, or last name.'),
    defineAttribute('givenName', 'The given name of the User, or first name.'),
    defineAttribute('middleName', 'The middle name(s) of the User.'),
    defineAttribute('honorificPrefix', "The honorific prefix(es) of the User, e.g. 'Ms.'."),
    defineAttribute('honorificSuffix', "The honorific suffix(es) of the User, e.g. 'III'."),
  ],
});

// `primary` is missing from the §8.7.1 listing, but §2.4 gives every multi-valued attribute one and Entra sends it.
const addressesAttribute = defineAttribute('addresses', 'A physical mailing address for this User.', {
  type: 'complex',
  multiValued: true,
  subAttributes: [
    defineAttribute('formatted', 'The full mailing address, formatted for display.'),
    defineAttribute('streetAddress', 'The full street address component.'),
    defineAttribute('locality', 'The city or locality component.'),
    defineAttribute('region', 'The state or region component.'),
    defineAttribute('postalCode', 'The zip code or postal code component.'),
    defineAttribute('country', 'The country name component, ISO 3166-1 alpha-2 recommended.'),
    defineAttribute('type', "A label indicating the address' function.", {
      canonicalValues: ['work', 'home', 'other'],
    }),
    defineAttribute('primary', 'Whether this is the preferred mailing address; at most one may be true.', {
      type: 'boolean',
    }),
  ],
});

const readOnly = { mutability: 'readOnly' } as const;

/** Group memberships are computed by the service provider: readOnly (RFC 7643 §4.1.2). */
const groupsAttribute = defineAttribute('groups', 'A list of groups to which the user belongs.', {
  type: 'complex',
  multiValued: true,
  ...readOnly,
  subAttributes: [
    defineAttribute('value', "The identifier of the User's group.", readOnly),
    defineAttribute('$ref', 'The URI of the corresponding Group resource.', {
      ...readOnly,
      type: 'reference',
      referenceTypes: ['User', 'Group'],
    }),
    defineAttribute('display', 'A human-readable name, primarily used for display purposes.', readOnly),
    defineAttribute('type', "A label indicating the membership's function.", {
      ...readOnly,
      canonicalValues: ['direct', 'indirect'],
    }),
  ],
});

const coreUserAttributes: readonly ScimAttributeDefinition[] = [
  defineAttribute('userName', 'Unique identifier for the User, used to authenticate (RFC 7643 §4.1.1).', {
    required: true,
    uniqueness: 'server',
    maxLength: USER_NAME_MAX_LENGTH,
  }),
  nameAttribute,
  defineAttribute('displayName', 'The name of the User, suitable for display to end-users.'),
  defineAttribute('nickName', 'The casual way to address the user in real life.'),
  defineAttribute('profileUrl', "A fully qualified URL pointing to the User's online profile.", {
    type: 'reference',
    referenceTypes: ['external'],
  }),
  defineAttribute('title', "The user's title, such as 'Vice President'."),
  defineAttribute('userType', 'The relationship between the organization and the user.'),
  defineAttribute('preferredLanguage', "The User's preferred written or spoken language (RFC 7231 §5.3.5)."),
  defineAttribute('locale', "The User's default location for localization, e.g. 'en-US'."),
  defineAttribute(
    'timezone',
    "The User's time zone in the IANA database format, e.g. 'America/Los_Angeles'.",
  ),
  defineAttribute('active', "The User's administrative status.", { type: 'boolean' }),
  defineAttribute(
    'password',
    "The User's cleartext password; write-only and never stored here (SSO sign-in).",
    {
      mutability: 'writeOnly',
      returned: 'never',
    },
  ),
  defineMultiValuedAttribute('emails', 'Email addresses for the user.', ['work', 'home', 'other']),
  defineMultiValuedAttribute('phoneNumbers', 'Phone numbers for the User.', [
    'work',
    'home',
    'mobile',
    'fax',
    'pager',
    'other',
  ]),
  defineMultiValuedAttribute('ims', 'Instant messaging addresses for the User.', [
    'aim',
    'gtalk',
    'icq',
    'xmpp',
    'msn',
    'skype',
    'qq',
    'yahoo',
  ]),
  defineMultiValuedAttribute('photos', 'URLs of images of the User.', ['photo', 'thumbnail'], {
    type: 'reference',
    referenceTypes: ['external'],
  }),
  addressesAttribute,
  groupsAttribute,
  defineMultiValuedAttribute('entitlements', 'A list of entitlements for the User.', []),
  defineMultiValuedAttribute('roles', 'A list of roles for the User.', []),
  defineMultiValuedAttribute('x509Certificates', 'A list of certificates issued to the User.', [], {
    type: 'binary',
  }),
];

/** The core User schema as represented in RFC 7643 §8.7.1. */
export const CORE_USER_SCHEMA_DEFINITION: ScimSchemaDefinition = {
  id: CORE_USER_SCHEMA,
  name: 'User',
  description: 'User Account',
  attributes: coreUserAttributes,
};
