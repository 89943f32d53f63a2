import { thrownBy } from '../test/filter.builders';
import { parseFilter } from './filter.parser';
import { toUserNameLookup } from './user-name-lookup.policy';

const ENTRA_GUID = '3b7ac2c0-8d8e-4f1b-9a0e-5c5f0a3e9d21';

describe(toUserNameLookup.name, () => {
  const sut = toUserNameLookup;

  it.each<[string, string]>([
    [`userName eq "${ENTRA_GUID}"`, ENTRA_GUID],
    ['userName eq "jane.doe@example.com"', 'jane.doe@example.com'],
    ['UserName EQ "x"', 'x'],
    ['USERNAME eq "MiXeD@Example.COM"', 'MiXeD@Example.COM'],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x@y"', 'x@y'],
    ['URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:username eq "x@y"', 'x@y'],
    ['(userName eq "x")', 'x'],
    ['userName eq ""', ''],
    ['userName eq "with \\"quotes\\" and \\u00e9"', 'with "quotes" and é'],
  ])('should accept %s as a lookup of %j', (text, userName) => {
    expect(sut(parseFilter(text))).toStrictEqual({ userName });
  });

  it.each<[string, string]>([
    ['externalId eq "x"', 'externalId eq "x"'],
    ['userName co "x"', 'userName co "x"'],
    ['userName ne "x"', 'userName ne "x"'],
    ['userName sw "x"', 'userName sw "x"'],
    ['userName eq "a" or userName eq "b"', 'userName eq "a" or userName eq "b"'],
    ['userName eq "a" and active eq true', 'userName eq "a" and active eq true'],
    ['not (userName eq "a")', 'not (userName eq "a")'],
    ['userName pr', 'userName pr'],
    ['userName eq 42', 'userName eq 42'],
    ['userName eq null', 'userName eq null'],
    ['userName eq true', 'userName eq true'],
    ['userName.value eq "x"', 'userName.value eq "x"'],
    ['emails[value eq "x"]', 'emails[value eq "x"]'],
    [
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq "x"',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq "x"',
    ],
  ])('should reject %s and name what it received', (text, received) => {
    const error = thrownBy(() => sut(parseFilter(text)));

    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.detail).toBe(
      `Only filters of the form userName eq "value" are supported; received: ${received}`,
    );
  });

  it('should shorten a long received filter in the error detail', () => {
    const error = thrownBy(() => sut(parseFilter(`externalId eq "${'x'.repeat(1000)}"`)));

    expect(error.detail).toContain(`received: externalId eq "${'x'.repeat(100)}`);
    expect(error.detail.endsWith('…')).toBe(true);
    expect(error.detail.length).toBeLessThan(300);
  });
});
