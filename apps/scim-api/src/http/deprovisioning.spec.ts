import { isDeprovisioning } from './deprovisioning';

const patch = (...operations: unknown[]): unknown => ({ Operations: operations });

describe(isDeprovisioning.name, () => {
  it.each([
    ['DELETE', 'DELETE', undefined],
    ["Entra's PATCH replace with a path", 'PATCH', patch({ op: 'Replace', path: 'active', value: 'False' })],
    ["Okta's PATCH replace without a path", 'PATCH', patch({ op: 'replace', value: { active: false } })],
    [
      'a PATCH with the schema-qualified path',
      'PATCH',
      patch({ op: 'replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:active', value: false }),
    ],
    [
      'a PATCH with other operations too',
      'PATCH',
      patch({ op: 'replace', path: 'title', value: 'x' }, { op: 'replace', path: 'active', value: false }),
    ],
    ['lower-case member names', 'PATCH', { operations: [{ OP: 'replace', PATH: 'Active', VALUE: false }] }],
    ["Okta's full PUT", 'PUT', { userName: 'x', active: false }],
  ])('should exempt %s', (_, method, body) => {
    expect(isDeprovisioning(method, body)).toBe(true);
  });

  it.each([
    ['a GET', 'GET', undefined],
    ['a POST of an inactive user', 'POST', { userName: 'x', active: false }],
    ['a PATCH activating', 'PATCH', patch({ op: 'replace', path: 'active', value: true })],
    ['a PATCH removing active', 'PATCH', patch({ op: 'remove', path: 'active' })],
    [
      'a PATCH of another attribute to false',
      'PATCH',
      patch({ op: 'replace', path: 'emails[primary eq true].primary', value: false }),
    ],
    ['a PUT without active', 'PUT', { userName: 'x' }],
    ['a PUT with active "no"', 'PUT', { userName: 'x', active: 'no' }],
    ['a PATCH without Operations', 'PATCH', { op: 'replace', path: 'active', value: false }],
    ['a body that is not an object', 'PATCH', '[]'],
  ])('should not exempt %s', (_, method, body) => {
    expect(isDeprovisioning(method, body)).toBe(false);
  });
});
