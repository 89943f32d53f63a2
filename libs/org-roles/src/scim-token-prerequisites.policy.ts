import { StoredRole } from './org-role';

/** What issuing a SCIM token requires (vendor setup page: prerequisites and step 7). */
export const ScimTokenPrerequisite = {
  EnterprisePlan: 'enterprisePlan',
  SsoConfigured: 'ssoConfigured',
  CallerIsAdmin: 'callerIsAdmin',
} as const;
export type ScimTokenPrerequisite = (typeof ScimTokenPrerequisite)[keyof typeof ScimTokenPrerequisite];

export const ENTERPRISE_PLAN = 'enterprise';

export interface ScimTokenIssuanceContext {
  plan: string;
  ssoConfigured: boolean;
  /** Undefined when the caller is not a member of the organization. */
  callerRole: StoredRole | undefined;
  callerActive: boolean;
}

const DESCRIPTIONS: Readonly<Record<ScimTokenPrerequisite, string>> = {
  enterprisePlan: 'the organization needs an Enterprise plan',
  ssoConfigured: 'SSO must be configured for the organization first',
  callerIsAdmin: 'only an active Admin of the organization can issue tokens',
};

/** The prerequisites that are not met, in a stable order; an empty list means a token may be issued. */
export function canIssueScimTokens(context: ScimTokenIssuanceContext): ScimTokenPrerequisite[] {
  const missing: ScimTokenPrerequisite[] = [];
  if (context.plan !== ENTERPRISE_PLAN) missing.push(ScimTokenPrerequisite.EnterprisePlan);
  if (!context.ssoConfigured) missing.push(ScimTokenPrerequisite.SsoConfigured);
  if (context.callerRole !== StoredRole.Admin || !context.callerActive) {
    missing.push(ScimTokenPrerequisite.CallerIsAdmin);
  }
  return missing;
}

/** One sentence for the settings page, naming every missing prerequisite. */
export function describeMissingPrerequisites(missing: readonly ScimTokenPrerequisite[]): string {
  if (missing.length === 0) return 'All prerequisites for SCIM tokens are met.';
  return `A SCIM token cannot be issued: ${missing.map((prerequisite) => DESCRIPTIONS[prerequisite]).join('; ')}.`;
}
