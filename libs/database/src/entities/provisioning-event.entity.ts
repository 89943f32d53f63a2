import { Column, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

export const ACTOR_TYPES = ['token', 'member', 'admin'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];
export const EVENT_OUTCOMES = ['success', 'failure'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

/** The audit log of provisioning: every SCIM write and every refused one. The identity id doubles as a cursor. */
@Entity({ name: 'provisioning_events' })
@Index('provisioning_events_org_id_idx', ['organizationId', 'id'])
export class ProvisioningEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_provisioning_events_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: ActorType;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_member_id', type: 'uuid', nullable: true })
  targetMemberId!: string | null;

  @Column({ name: 'target_user_name', type: 'text', nullable: true })
  targetUserName!: string | null;

  @Column({ type: 'text' })
  outcome!: EventOutcome;

  @Column({ name: 'http_status', type: 'integer' })
  httpStatus!: number;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
