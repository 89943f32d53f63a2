import {
  canIssueScimTokens,
  describeMissingPrerequisites,
  type ScimTokenIssuanceContext,
  type ScimTokenPrerequisite,
} from './scim-token-prerequisites.policy';

const ready: ScimTokenIssuanceContext = {
  plan: 'enterprise',
  ssoConfigured: true,
  callerRole: 'admin',
  callerActive: true,
};

describe(canIssueScimTokens.name, () => {
  const sut = canIssueScimTokens;

  it.each<[string, Partial<ScimTokenIssuanceContext>, ScimTokenPrerequisite[]]>([
    ['an active Admin on Enterprise with SSO', {}, []],
    ['the team plan', { plan: 'team' }, ['enterprisePlan']],
    ['the free plan', { plan: 'free' }, ['enterprisePlan']],
    ['no SSO', { ssoConfigured: false }, ['ssoConfigured']],
    ['a User caller', { callerRole: 'user' }, ['callerIsAdmin']],
    ['a Guest caller', { callerRole: 'guest' }, ['callerIsAdmin']],
    ['an inactive Admin caller', { callerActive: false }, ['callerIsAdmin']],
    ['a caller who is not a member', { callerRole: undefined, callerActive: false }, ['callerIsAdmin']],
    [
      'nothing in place',
      { plan: 'free', ssoConfigured: false, callerRole: 'guest' },
      ['enterprisePlan', 'ssoConfigured', 'callerIsAdmin'],
    ],
  ])('should list what is missing for %s', (_, overrides, expected) => {
    expect(sut({ ...ready, ...overrides })).toEqual(expected);
  });
});

describe(describeMissingPrerequisites.name, () => {
  const sut = describeMissingPrerequisites;

  it('should name every missing prerequisite in one sentence', () => {
    expect(sut(['enterprisePlan', 'ssoConfigured', 'callerIsAdmin'])).toBe(
      'A SCIM token cannot be issued: the organization needs an Enterprise plan; ' +
        'SSO must be configured for the organization first; only an active Admin of the organization can issue tokens.',
    );
  });

  it('should say so when nothing is missing', () => {
    expect(sut([])).toBe('All prerequisites for SCIM tokens are met.');
  });
});
