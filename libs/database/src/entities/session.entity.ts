import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { MemberEntity } from './member.entity';
import { OrganizationEntity } from './organization.entity';

/** A console sign-in, created by the sign-in service after SSO. Only the SHA-256 of the secret is stored. */
@Entity({ name: 'sessions' })
@Index('sessions_org_member_idx', ['organizationId', 'memberId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_sessions_organization' })
  organization?: OrganizationEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_sessions_member' })
  member?: MemberEntity;

  @Index('sessions_secret_hash_key', { unique: true })
  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
