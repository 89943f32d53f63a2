import { Injectable } from '@nestjs/common';
import type { ScimTokenPrincipal } from './principal';

interface CacheEntry {
  principal: ScimTokenPrincipal;
  tokenExpiresAt: number | null;
  cachedUntil: number;
}

/**
 * Keeps verified SCIM tokens in memory for a few seconds so a sync cycle's requests do not each pay a database
 * round trip. Revocation deletes the entry at once on this instance; other instances notice within CACHE_TTL_MS,
 * when their entry lapses and the next request reads the revoked row.
 */
@Injectable()
export class ScimTokenCache {
  static readonly CACHE_TTL_MS = 5_000;
  private static readonly MAX_ENTRIES = 10_000;
  private readonly entries = new Map<string, CacheEntry>();

  get(secretHash: string, now = Date.now()): ScimTokenPrincipal | undefined {
    const entry = this.entries.get(secretHash);
    if (entry === undefined) return undefined;
    if (entry.cachedUntil <= now || (entry.tokenExpiresAt !== null && entry.tokenExpiresAt <= now)) {
      this.entries.delete(secretHash);
      return undefined;
    }
    return entry.principal;
  }

  set(
    secretHash: string,
    principal: ScimTokenPrincipal,
    tokenExpiresAt: Date | null,
    now = Date.now(),
  ): void {
    if (this.entries.size >= ScimTokenCache.MAX_ENTRIES) this.entries.clear();
    this.entries.set(secretHash, {
      principal,
      tokenExpiresAt: tokenExpiresAt?.getTime() ?? null,
      cachedUntil: now + ScimTokenCache.CACHE_TTL_MS,
    });
  }

  evictToken(tokenId: string): void {
    for (const [hash, entry] of this.entries) {
      if (entry.principal.tokenId === tokenId) this.entries.delete(hash);
    }
  }
}
