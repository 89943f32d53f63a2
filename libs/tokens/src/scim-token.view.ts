import type { ScimTokenEntity } from '@app/database';

export interface ScimTokenView {
  id: string;
  label: string;
  hint: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}

export function toScimTokenView(token: ScimTokenEntity): ScimTokenView {
  return {
    id: token.id,
    label: token.label,
    hint: token.hint,
    createdAt: token.createdAt,
    createdBy: token.createdBy,
    lastUsedAt: token.lastUsedAt,
    expiresAt: token.expiresAt,
  };
}
