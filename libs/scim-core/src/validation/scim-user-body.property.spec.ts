import fc, { type JsonValue } from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScimError } from '../scim-error';
import { USER_SCHEMA_DEFINITIONS } from '../schema/user-resource.schemas';
import { CORE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import type { ScimUserInput } from '../wire/scim-user';
import { parseScimUserBody, type ScimUserBodyMode } from './scim-user-body.parser';

type Json = JsonValue;

/** Narrows JSON.parse output once, so the mutations below work on typed JSON. */
function asJson(value: unknown): Json {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  ) {
    return value;
  }
  if (Array.isArray(value)) return value.map(asJson);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJson(v)]));
  throw new Error(`not JSON: ${typeof value}`);
}

const entraBody = asJson(
  JSON.parse(readFileSync(join(__dirname, 'fixtures', 'entra-create-user.json'), 'utf8')),
);

/** Either the parse result or the ScimError it threw; anything else escapes and fails the property. */
function outcomeOf(body: unknown, mode: ScimUserBodyMode): ScimUserInput | ScimError {
  try {
    return parseScimUserBody(body, { mode });
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
}

function expectResultOr400(outcome: ScimUserInput | ScimError): void {
  if (outcome instanceof ScimError) expect(outcome.status).toBe(400);
}

/** Rebuilds a wire body from a parse result, as the users service does when it renders a stored member. */
function toBody(input: ScimUserInput): Record<string, unknown> {
  const { attributes, givenName, familyName, organizationRole, ...columns } = input;
  return {
    schemas: [CORE_USER_SCHEMA],
    ...columns,
    ...attributes,
    name: { ...attributes.name, givenName, familyName },
    ...(organizationRole === undefined
      ? {}
      : { [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: organizationRole } }),
  };
}

function clone(value: Json): Json {
  return structuredClone(value);
}

/** Every key path of a JSON value, e.g. ['emails', '0', 'value']. */
function pathsOf(value: Json, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner = null]) => [
    [...prefix, key],
    ...pathsOf(inner, [...prefix, key]),
  ]);
}

type Mutation =
  | { kind: 'set'; path: string[]; value: Json }
  | { kind: 'delete'; path: string[] }
  | { kind: 'recase'; path: string[] };

function mutate(body: Json, mutation: Mutation): void {
  const parentPath = mutation.path.slice(0, -1);
  const key = mutation.path[mutation.path.length - 1];
  let parent: Json = body;
  for (const step of parentPath) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (Array.isArray(parent) ? parent[Number(step)] : parent[step]) ?? null;
  }
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || !Object.hasOwn(parent, key))
    return;
  const current = parent[key];
  if (mutation.kind === 'set') parent[key] = mutation.value;
  if (mutation.kind !== 'set') delete parent[key];
  if (mutation.kind === 'recase') parent[key.toUpperCase()] = current;
}

const entraPaths = pathsOf(clone(entraBody));
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.constantFrom(...entraPaths),
    value: fc.jsonValue(),
  }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...entraPaths) }),
  fc.record({ kind: fc.constant('recase' as const), path: fc.constantFrom(...entraPaths) }),
);
const mutatedEntraBody = fc.array(mutationArbitrary, { maxLength: 6 }).map((mutations) => {
  const body = clone(entraBody);
  for (const mutation of mutations) mutate(body, mutation);
  return body;
});
/** Every attribute and sub-attribute path of the User schemas, so generated bodies get past the name check. */
const knownPaths = USER_SCHEMA_DEFINITIONS.flatMap((schema) =>
  schema.attributes.flatMap((attribute) => {
    const path = schema.id === CORE_USER_SCHEMA ? attribute.name : `${schema.id}:${attribute.name}`;
    return [path, ...(attribute.subAttributes ?? []).map((sub) => `${path}.${sub.name}`)];
  }),
);
const knownSubNames = [
  ...new Set(USER_SCHEMA_DEFINITIONS.flatMap((s) => s.attributes.flatMap((a) => a.subAttributes ?? []))),
].map((sub) => sub.name);
const scimLikeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom<Json>('True', 'false', '', 'Admin', 'aDmIn', 'x'.repeat(2000), 'a\u0000b'),
  fc.array(fc.dictionary(fc.constantFrom(...knownSubNames), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom(...knownSubNames), fc.jsonValue({ maxDepth: 1 })),
);
const knownNameBody = fc
  .dictionary(fc.mixedCase(fc.constantFrom(...knownPaths)), scimLikeValue, { maxKeys: 8 })
  .map((extra) => ({
    userName: 'bjensen',
    name: { givenName: 'B', familyName: 'J' },
    active: true,
    ...extra,
  }));
const modeArbitrary = fc.constantFrom<ScimUserBodyMode>('create', 'replace');

describe(parseScimUserBody.name, () => {
  it('should return a result or a ScimError 400 for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), modeArbitrary, (body, mode) => expectResultOr400(outcomeOf(body, mode))),
      { numRuns: 300 },
    );
  });

  it('should return a result or a ScimError 400 for any JS value, odd prototypes included', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
    });

    fc.assert(
      fc.property(fc.dictionary(fc.string(), anything), anything, modeArbitrary, (object, value, mode) => {
        expectResultOr400(outcomeOf(object, mode));
        expectResultOr400(outcomeOf(value, mode));
      }),
      { numRuns: 300 },
    );
  });

  it('should return a result or a ScimError 400 for mutations of the Entra POST body', () => {
    fc.assert(
      fc.property(mutatedEntraBody, modeArbitrary, (body, mode) => expectResultOr400(outcomeOf(body, mode))),
      { numRuns: 500 },
    );
  });

  it('should return a result or a ScimError 400 for arbitrary values under known attribute names', () => {
    fc.assert(
      fc.property(knownNameBody, modeArbitrary, (body, mode) => expectResultOr400(outcomeOf(body, mode))),
      { numRuns: 500 },
    );
  });

  it('should give back the same input when a parsed body is rendered and parsed again', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedEntraBody, knownNameBody), modeArbitrary, (body, mode) => {
        const first = outcomeOf(body, mode);
        fc.pre(!(first instanceof ScimError));
        if (first instanceof ScimError) return;

        expect(parseScimUserBody(toBody(first), { mode })).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});
