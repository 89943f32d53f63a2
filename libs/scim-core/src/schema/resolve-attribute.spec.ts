import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import {
  parseAttributePath,
  resolveAttribute,
  resolveAttributePath,
  type ScimAttributeReference,
} from './resolve-attribute';

describe(parseAttributePath.name, () => {
  const sut = parseAttributePath;

  it.each([
    ['userName', { uri: undefined, name: 'userName', subAttr: undefined }],
    ['name.givenName', { uri: undefined, name: 'name', subAttr: 'givenName' }],
    [
      `${ENTERPRISE_USER_SCHEMA}:manager.value`,
      { uri: ENTERPRISE_USER_SCHEMA, name: 'manager', subAttr: 'value' },
    ],
    [`${CORE_USER_SCHEMA}:userName`, { uri: CORE_USER_SCHEMA, name: 'userName', subAttr: undefined }],
  ])('should split %s', (path, expected) => {
    expect(sut(path)).toEqual(expected);
  });

  it.each(['', 'name.', '.name', 'a.b.c', ':userName', 'urn:x:'])('should refuse %p', (path) => {
    expect(sut(path)).toBeUndefined();
  });
});

describe(resolveAttribute.name, () => {
  const sut = resolveAttribute;

  it.each([
    [{ name: 'USERNAME' }, CORE_USER_SCHEMA, 'userName'],
    [{ name: 'Name', subAttr: 'GIVENNAME' }, CORE_USER_SCHEMA, 'name.givenName'],
    [{ name: 'externalid' }, CORE_USER_SCHEMA, 'externalId'],
    [{ name: 'META', subAttr: 'lastmodified' }, CORE_USER_SCHEMA, 'meta.lastModified'],
    [
      { uri: CORE_USER_SCHEMA.toUpperCase(), name: 'emails', subAttr: 'value' },
      CORE_USER_SCHEMA,
      'emails.value',
    ],
    [
      { uri: ENTERPRISE_USER_SCHEMA, name: 'Manager', subAttr: '$REF' },
      ENTERPRISE_USER_SCHEMA,
      `${ENTERPRISE_USER_SCHEMA}:manager.$ref`,
    ],
    [
      { uri: LAMBDATEST_USER_SCHEMA.toLowerCase(), name: 'organizationrole' },
      LAMBDATEST_USER_SCHEMA,
      `${LAMBDATEST_USER_SCHEMA}:OrganizationRole`,
    ],
  ])('should resolve %j', (reference, schemaUrn, canonicalPath) => {
    expect(sut(reference)).toMatchObject({ schemaUrn, canonicalPath });
  });

  it('should return the definitions with their characteristics', () => {
    const resolved = sut({ name: 'name', subAttr: 'givenName' });

    expect(resolved?.attribute).toMatchObject({ name: 'name', type: 'complex' });
    expect(resolved?.subAttribute).toMatchObject({ name: 'givenName', type: 'string', caseExact: false });
  });

  it.each<[ScimAttributeReference, string]>([
    [{ name: 'employeeNumber' }, 'an extension attribute without its URI'],
    [{ name: 'userName', subAttr: 'x' }, 'a sub-attribute of a simple attribute'],
    [{ name: 'name', subAttr: 'nick' }, 'an unknown sub-attribute'],
    [{ uri: 'urn:acme:User', name: 'userName' }, 'an unknown URI'],
    [{ name: 'constructor' }, 'an Object.prototype member'],
    [{ name: '__proto__' }, 'the prototype key'],
  ])('should not resolve %j (%s)', (reference, _why) => {
    expect(sut(reference)).toBeUndefined();
  });
});

describe(resolveAttributePath.name, () => {
  it('should resolve an enterprise path written in any case', () => {
    const resolved = resolveAttributePath(`${ENTERPRISE_USER_SCHEMA.toLowerCase()}:EMPLOYEENUMBER`);

    expect(resolved?.canonicalPath).toBe(`${ENTERPRISE_USER_SCHEMA}:employeeNumber`);
  });
});
