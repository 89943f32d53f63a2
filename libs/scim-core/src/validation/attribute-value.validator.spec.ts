import { defineAttribute, type ScimAttributeDefinition } from '../schema/scim-attribute-definition';
import { ScimError } from '../scim-error';
import { validateAttributeValue } from './attribute-value.validator';

function outcome(definition: ScimAttributeDefinition, value: unknown): unknown {
  try {
    return validateAttributeValue(definition, value, definition.name);
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    return `${error.scimType}: ${error.detail}`;
  }
}

const integer = defineAttribute('count', 'An integer.', { type: 'integer' });
const decimal = defineAttribute('ratio', 'A decimal.', { type: 'decimal' });
const dateTime = defineAttribute('since', 'A dateTime.', { type: 'dateTime' });
const closed = defineAttribute('tier', 'A closed set.', {
  canonicalValues: ['Gold', 'gold', 'Silver'],
  enforceCanonicalValues: true,
  caseExact: true,
});
const open = defineAttribute('kind', 'Suggested values only.', { canonicalValues: ['work'] });
const short = defineAttribute('code', 'A short string.', { maxLength: 3 });

describe(validateAttributeValue.name, () => {
  it.each<[ScimAttributeDefinition, unknown, unknown]>([
    [integer, 7, 7],
    [integer, -0, -0],
    [integer, 1.5, "invalidValue: Attribute 'count' must be an integer"],
    [integer, 2 ** 60, "invalidValue: Attribute 'count' must be an integer"],
    [integer, '7', "invalidValue: Attribute 'count' must be an integer"],
    [decimal, 1.5, 1.5],
    [decimal, '1.5', "invalidValue: Attribute 'ratio' must be a number"],
    [dateTime, '2008-01-23T04:56:22Z', '2008-01-23T04:56:22Z'],
    [dateTime, '2008-01-23T04:56:22.123+05:30', '2008-01-23T04:56:22.123+05:30'],
    [
      dateTime,
      '2008-13-23T04:56:22Z',
      "invalidValue: Attribute 'since' must be an xsd:dateTime string (RFC 7643 §2.3.5)",
    ],
    [
      dateTime,
      'yesterday',
      "invalidValue: Attribute 'since' must be an xsd:dateTime string (RFC 7643 §2.3.5)",
    ],
    [closed, 'Gold', 'Gold'],
    [closed, 'gold', 'gold'],
    [closed, 'GOLD', "invalidValue: Attribute 'tier' must be one of Gold, gold, Silver"],
    [open, 'vacation-home', 'vacation-home'],
    [short, 'abc', 'abc'],
    [short, 'abcd', "invalidValue: Attribute 'code' must be at most 3 characters long"],
    [short, null, undefined],
  ])('should validate %#: %p', (definition, value, expected) => {
    expect(outcome(definition, value)).toEqual(expected);
  });
});
