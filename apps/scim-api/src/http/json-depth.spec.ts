import fc from 'fast-check';
import { exceedsJsonDepth } from './json-depth';

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null)
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe(exceedsJsonDepth.name, () => {
  it('should agree with the real nesting depth of any JSON document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        expect(exceedsJsonDepth(bytes(JSON.stringify(value)), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it.each([
    ['brackets inside strings', '{"a": "[[[[{{{{"}', 1, false],
    ['an escaped quote before brackets', '{"a": "\\"[[[["}', 1, false],
    ['an escaped backslash ending a string', '{"a": "\\\\", "b": [[1]]}', 2, true],
    ['multi-byte characters', '{"é": ["日本", ["😀"]]}', 3, false],
    ['a flood of openers', '['.repeat(10_000), 32, true],
  ])('should handle %s', (_, text, limit, expected) => {
    expect(exceedsJsonDepth(bytes(text), limit)).toBe(expected);
  });
});
