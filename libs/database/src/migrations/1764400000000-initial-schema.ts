import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole first schema. Every table carries organization_id (the column a distributed PostgreSQL would shard on).
 * The case-insensitive userName uniqueness is an expression index, which entity decorators cannot express.
 */
export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "plan" text NOT NULL,
        "sso_configured" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organizations" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_organizations_plan" CHECK ("plan" IN ('free', 'team', 'enterprise'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "members" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "user_name" text NOT NULL,
        "external_id" text,
        "active" boolean NOT NULL DEFAULT true,
        "given_name" text,
        "family_name" text,
        "display_name" text,
        "role" text NOT NULL DEFAULT 'user',
        "source" text NOT NULL DEFAULT 'scim',
        "attributes" jsonb NOT NULL DEFAULT '{}',
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "deleted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_members" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_members_role" CHECK ("role" IN ('admin', 'user', 'guest')),
        CONSTRAINT "CHK_members_source" CHECK ("source" IN ('scim', 'console'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "members_org_user_name_key" ON "members" ("organization_id", lower("user_name"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "members_org_created_idx" ON "members" ("organization_id", "created_at", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "scim_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "label" text NOT NULL,
        "secret_hash" text NOT NULL,
        "hint" text NOT NULL,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_scim_tokens" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "scim_tokens_secret_hash_key" ON "scim_tokens" ("secret_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "scim_tokens_org_idx" ON "scim_tokens" ("organization_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "member_id" uuid NOT NULL,
        "secret_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_sessions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_secret_hash_key" ON "sessions" ("secret_hash")`);
    await queryRunner.query(
      `CREATE INDEX "sessions_org_member_idx" ON "sessions" ("organization_id", "member_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "provisioning_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "organization_id" uuid NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_type" text NOT NULL,
        "actor_id" text,
        "action" text NOT NULL,
        "target_member_id" uuid,
        "target_user_name" text,
        "outcome" text NOT NULL,
        "http_status" integer NOT NULL,
        "detail" text,
        "request_id" text,
        CONSTRAINT "PK_provisioning_events" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "provisioning_events_org_id_idx" ON "provisioning_events" ("organization_id", "id")`,
    );
    for (const table of ['members', 'scim_tokens', 'sessions', 'provisioning_events']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_sessions_member" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['provisioning_events', 'sessions', 'scim_tokens', 'members', 'organizations']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
