import { asOrgId } from '@app/database';
import type { ScimTokenPrincipal } from './principal';
import { ScimTokenCache } from './scim-token-cache';

const principal = (tokenId: string): ScimTokenPrincipal => ({
  kind: 'scim-token',
  orgId: asOrgId('6f1c3a4e-0000-4000-8000-000000000001'),
  tokenId,
});

describe(ScimTokenCache.name, () => {
  const now = 1_000_000;

  it('should return a verified token within its time to live', () => {
    const sut = new ScimTokenCache();
    sut.set('hash-a', principal('a'), null, now);
    expect(sut.get('hash-a', now + ScimTokenCache.CACHE_TTL_MS - 1)).toEqual(principal('a'));
  });

  it('should forget an entry once its time to live has passed, so other instances see a revocation', () => {
    const sut = new ScimTokenCache();
    sut.set('hash-a', principal('a'), null, now);
    expect(sut.get('hash-a', now + ScimTokenCache.CACHE_TTL_MS)).toBeUndefined();
  });

  it('should never serve a token past its own expiry', () => {
    const sut = new ScimTokenCache();
    sut.set('hash-a', principal('a'), new Date(now + 100), now);
    expect(sut.get('hash-a', now + 99)).toBeDefined();
    expect(sut.get('hash-a', now + 100)).toBeUndefined();
  });

  it('should evict a revoked token at once, leaving the others', () => {
    const sut = new ScimTokenCache();
    sut.set('hash-a', principal('a'), null, now);
    sut.set('hash-b', principal('b'), null, now);
    sut.evictToken('a');
    expect(sut.get('hash-a', now)).toBeUndefined();
    expect(sut.get('hash-b', now)).toEqual(principal('b'));
  });
});
