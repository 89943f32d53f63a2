import { createHash } from 'node:crypto';
import {
  generateSecret,
  hashSecret,
  hasSecretShape,
  SCIM_TOKEN_PREFIX,
  secretHint,
  secretsEqual,
  SESSION_TOKEN_PREFIX,
} from './token-secret';

describe('token secrets', () => {
  describe(generateSecret.name, () => {
    it('should make a prefixed secret with 32 random bytes of base64url', () => {
      const sut = generateSecret(SCIM_TOKEN_PREFIX);
      expect(sut).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(sut.slice(SCIM_TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    });

    it('should never repeat itself', () => {
      const secrets = new Set(Array.from({ length: 1000 }, () => generateSecret(SESSION_TOKEN_PREFIX)));
      expect(secrets.size).toBe(1000);
    });
  });

  describe(hashSecret.name, () => {
    it('should be the hex SHA-256 of the secret, so one indexed lookup finds it', () => {
      const secret = generateSecret(SCIM_TOKEN_PREFIX);
      expect(hashSecret(secret)).toBe(createHash('sha256').update(secret).digest('hex'));
      expect(hashSecret(secret)).not.toContain(secret.slice(SCIM_TOKEN_PREFIX.length));
    });
  });

  describe(hasSecretShape.name, () => {
    it('should accept only the exact shape of its own prefix', () => {
      const scim = generateSecret(SCIM_TOKEN_PREFIX);
      expect(hasSecretShape(scim, SCIM_TOKEN_PREFIX)).toBe(true);
      expect(hasSecretShape(scim, SESSION_TOKEN_PREFIX)).toBe(false);
      expect(hasSecretShape(`${scim}x`, SCIM_TOKEN_PREFIX)).toBe(false);
      expect(hasSecretShape(scim.slice(0, -1), SCIM_TOKEN_PREFIX)).toBe(false);
      expect(hasSecretShape(`${scim.slice(0, -1)}%`, SCIM_TOKEN_PREFIX)).toBe(false);
      expect(hasSecretShape('', SCIM_TOKEN_PREFIX)).toBe(false);
    });
  });

  describe(secretHint.name, () => {
    it('should show the last four characters only', () => {
      expect(secretHint('scim_abcdefgh')).toBe('efgh');
    });
  });

  describe(secretsEqual.name, () => {
    it('should compare whole secrets, whatever their lengths', () => {
      expect(secretsEqual('same-secret', 'same-secret')).toBe(true);
      expect(secretsEqual('same-secret', 'same-secreT')).toBe(false);
      expect(secretsEqual('same-secret', 'same')).toBe(false);
      expect(secretsEqual('', 'x')).toBe(false);
    });
  });
});
