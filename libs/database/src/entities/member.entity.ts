import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export const MEMBER_ROLES = ['admin', 'user', 'guest'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_SOURCES = ['scim', 'console'] as const;
export type MemberSource = (typeof MEMBER_SOURCES)[number];

/**
 * The SCIM attributes that have no column of their own, stored as sent (RFC 7643 §4.1, §4.3). The shape is
 * validated against the schema definitions in scim-core before it gets here; the database only stores it.
 */
export type MemberAttributes = Record<string, unknown>;

/**
 * An organization's user. `user_name` keeps the case it was created with; uniqueness is on
 * `(organization_id, lower(user_name))`, an expression index that lives in the migration. A deleted member stays
 * as a tombstone (`deleted_at`) so a later POST of the same userName restores the same id (rehire).
 */
@Entity({ name: 'members' })
@Index('members_org_created_idx', ['organizationId', 'createdAt', 'id'])
// The real definition is (organization_id, lower(user_name)) in the migration; TypeORM must not manage it.
@Index('members_org_user_name_key', { synchronize: false })
@Check('CHK_members_role', `"role" IN ('admin', 'user', 'guest')`)
@Check('CHK_members_source', `"source" IN ('scim', 'console')`)
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_members_organization' })
  organization?: OrganizationEntity;

  @Column({ name: 'user_name', type: 'text' })
  userName!: string;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName!: string | null;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  @Column({ type: 'text', default: 'user' })
  role!: MemberRole;

  @Column({ type: 'text', default: 'scim' })
  source!: MemberSource;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes!: MemberAttributes;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
