import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Recognisable prefixes so secret scanners and support can tell what a leaked string is (GitHub's `ghp_` idea).
 * 32 random bytes of entropy each: a deterministic SHA-256 lookup is then safe, no slow KDF needed.
 */
export const SCIM_TOKEN_PREFIX = 'scim_';
export const SESSION_TOKEN_PREFIX = 'sess_';
const SECRET_BYTES = 32;

export function generateSecret(prefix: string): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The last four characters, enough for an admin to tell tokens apart in the settings list. */
export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/** A well-formed secret has the prefix and exactly the base64url length of 32 bytes; anything else is rejected early. */
export function hasSecretShape(candidate: string, prefix: string): boolean {
  return (
    candidate.length === prefix.length + 43 &&
    candidate.startsWith(prefix) &&
    /^[A-Za-z0-9_-]+$/.test(candidate.slice(prefix.length))
  );
}

/** Constant-time comparison for secrets compared directly (the admin API token from the environment). */
export function secretsEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
