import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A SCIM bearer token. Only the SHA-256 of the secret is stored; the secret is shown once at issuance. */
@Entity({ name: 'scim_tokens' })
@Index('scim_tokens_org_idx', ['organizationId', 'createdAt'])
export class ScimTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_scim_tokens_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  label!: string;

  @Index('scim_tokens_secret_hash_key', { unique: true })
  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash!: string;

  @Column({ type: 'text' })
  hint!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
