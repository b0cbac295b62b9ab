-- CreateEnum
CREATE TYPE "AuthTokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- AlterTable
ALTER TABLE "entities" ADD COLUMN     "shares_with_advisor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "locked_until" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "AuthTokenPurpose" NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "entity_id" UUID,
    "created_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_assignments" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_versions" (
    "id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "published_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_dimensions" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "catalog_dimensions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_policies" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "dimension_id" UUID NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "leaders" TEXT[],
    "sort_order" INTEGER NOT NULL,
    "group_name" TEXT,

    CONSTRAINT "catalog_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity_catalog_versions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "version_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entity_catalog_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "entity_id" UUID,
    "actor_user_id" UUID,
    "action" "AuditAction" NOT NULL,
    "table_name" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "login_attempts_email_created_at_idx" ON "login_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_address_created_at_idx" ON "login_attempts"("ip_address", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "auth_tokens_token_hash_key" ON "auth_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "auth_tokens_user_id_purpose_idx" ON "auth_tokens"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "policy_assignments_entity_id_policy_code_idx" ON "policy_assignments"("entity_id", "policy_code");

-- CreateIndex
CREATE UNIQUE INDEX "policy_assignments_membership_id_policy_code_key" ON "policy_assignments"("membership_id", "policy_code");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_versions_code_key" ON "catalog_versions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_dimensions_version_id_number_key" ON "catalog_dimensions"("version_id", "number");

-- CreateIndex
CREATE INDEX "catalog_policies_dimension_id_idx" ON "catalog_policies"("dimension_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalog_policies_version_id_code_key" ON "catalog_policies"("version_id", "code");

-- CreateIndex
CREATE INDEX "entity_catalog_versions_version_id_idx" ON "entity_catalog_versions"("version_id");

-- CreateIndex
CREATE UNIQUE INDEX "entity_catalog_versions_entity_id_vigencia_key" ON "entity_catalog_versions"("entity_id", "vigencia");

-- CreateIndex
CREATE INDEX "audit_log_entity_id_created_at_idx" ON "audit_log"("entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_table_name_record_id_idx" ON "audit_log"("table_name", "record_id");

-- AddForeignKey
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_assignments" ADD CONSTRAINT "policy_assignments_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_assignments" ADD CONSTRAINT "policy_assignments_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_dimensions" ADD CONSTRAINT "catalog_dimensions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "catalog_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_policies" ADD CONSTRAINT "catalog_policies_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "catalog_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog_policies" ADD CONSTRAINT "catalog_policies_dimension_id_fkey" FOREIGN KEY ("dimension_id") REFERENCES "catalog_dimensions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_catalog_versions" ADD CONSTRAINT "entity_catalog_versions_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entity_catalog_versions" ADD CONSTRAINT "entity_catalog_versions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "catalog_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ════════════════════════════════════════════════════════════════════════
-- Hand-written below: what Prisma's schema language cannot express. The
-- schema-vs-migrations test compares tables, columns, indexes and constraints
-- only, so these additions do not disturb it.
-- ════════════════════════════════════════════════════════════════════════

-- The role the web app runs as. The app switches to it on every connection
-- (lib/db/prisma.ts), so row-level security applies even when the login role
-- owns the tables. A deployment should also log in with a role of its own
-- that is a member of faro_app and owns nothing (README, "PostgreSQL real").
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'faro_app') THEN
    CREATE ROLE faro_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO faro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO faro_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO faro_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO faro_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO faro_app;
-- The app reads the migration history (health check) but never writes it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM faro_app;
REVOKE ALL ON "seed_runs" FROM faro_app;
-- Only the audit trigger (running as the owner) writes the trail.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "audit_log" FROM faro_app;

-- Request context, set per transaction by lib/db/context.ts with
-- set_config(..., true). Unset means "nobody": every policy then hides rows.
CREATE OR REPLACE FUNCTION faro_current_entity_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('faro.entity_id', true), '')::uuid $$;
CREATE OR REPLACE FUNCTION faro_current_user_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('faro.user_id', true), '')::uuid $$;
-- System scope: sign-in, one-time links, the platform operator. Granted only
-- by lib/db/context.ts withSystem(), never from a request parameter.
CREATE OR REPLACE FUNCTION faro_is_system() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('faro.system', true), '') = 'on' $$;

-- Tenant tables: a row is visible only inside its entity's context.
ALTER TABLE "entities" ENABLE ROW LEVEL SECURITY;
CREATE POLICY entities_access ON "entities"
  USING (
    faro_is_system()
    OR id = faro_current_entity_id()
    OR EXISTS (SELECT 1 FROM "memberships" m WHERE m.entity_id = "entities".id AND m.user_id = faro_current_user_id())
    OR EXISTS (SELECT 1 FROM "advisor_territories" a WHERE a.user_id = faro_current_user_id() AND a.department_code = "entities".department_code)
  )
  WITH CHECK (faro_is_system() OR id = faro_current_entity_id());

ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
CREATE POLICY memberships_access ON "memberships"
  USING (faro_is_system() OR entity_id = faro_current_entity_id() OR user_id = faro_current_user_id())
  WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id());

ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_access ON "users"
  USING (
    faro_is_system()
    OR id = faro_current_user_id()
    OR EXISTS (SELECT 1 FROM "memberships" m WHERE m.user_id = "users".id AND m.entity_id = faro_current_entity_id())
  )
  WITH CHECK (
    faro_is_system()
    OR id = faro_current_user_id()
    OR EXISTS (SELECT 1 FROM "memberships" m WHERE m.user_id = "users".id AND m.entity_id = faro_current_entity_id())
  );

ALTER TABLE "policy_assignments" ENABLE ROW LEVEL SECURITY;
CREATE POLICY policy_assignments_access ON "policy_assignments"
  USING (faro_is_system() OR entity_id = faro_current_entity_id())
  WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id());

ALTER TABLE "entity_catalog_versions" ENABLE ROW LEVEL SECURITY;
CREATE POLICY entity_catalog_versions_access ON "entity_catalog_versions"
  USING (faro_is_system() OR entity_id = faro_current_entity_id())
  WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id());

ALTER TABLE "advisor_territories" ENABLE ROW LEVEL SECURITY;
CREATE POLICY advisor_territories_access ON "advisor_territories"
  USING (faro_is_system() OR user_id = faro_current_user_id())
  WITH CHECK (faro_is_system());

ALTER TABLE "auth_tokens" ENABLE ROW LEVEL SECURITY;
CREATE POLICY auth_tokens_system_only ON "auth_tokens" USING (faro_is_system()) WITH CHECK (faro_is_system());

ALTER TABLE "login_attempts" ENABLE ROW LEVEL SECURITY;
CREATE POLICY login_attempts_system_only ON "login_attempts" USING (faro_is_system()) WITH CHECK (faro_is_system());

ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON "audit_log" FOR SELECT USING (faro_is_system() OR entity_id = faro_current_entity_id());

-- Audit trail: one row per changed record, in the same transaction, with the
-- acting person from the request context. Secrets are never copied, and an
-- update that only touches bookkeeping columns (last sign-in) is not logged.
CREATE OR REPLACE FUNCTION faro_audit() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  secret_columns text[] := ARRAY['password_hash', 'token_hash'];
  bookkeeping text[] := ARRAY['updated_at', 'last_login_at', 'locked_until'];
  before_row jsonb;
  after_row jsonb;
  row_data jsonb;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN before_row := to_jsonb(OLD) - secret_columns; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN after_row := to_jsonb(NEW) - secret_columns; END IF;
  IF TG_OP = 'UPDATE' THEN
    IF (to_jsonb(OLD) ->> 'password_hash') IS DISTINCT FROM (to_jsonb(NEW) ->> 'password_hash') THEN
      after_row := after_row || '{"password_changed": true}'::jsonb;
    END IF;
    IF (before_row - bookkeeping) = (after_row - bookkeeping) THEN RETURN NULL; END IF;
  END IF;
  row_data := coalesce(after_row, before_row);
  INSERT INTO "audit_log" (entity_id, actor_user_id, action, table_name, record_id, before, after)
  VALUES (
    CASE WHEN TG_TABLE_NAME = 'entities' THEN (row_data ->> 'id')::uuid ELSE (row_data ->> 'entity_id')::uuid END,
    faro_current_user_id(),
    (CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END)::"AuditAction",
    TG_TABLE_NAME,
    row_data ->> 'id',
    before_row,
    after_row
  );
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_entities AFTER INSERT OR UPDATE OR DELETE ON "entities" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_users AFTER INSERT OR UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_memberships AFTER INSERT OR UPDATE OR DELETE ON "memberships" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_policy_assignments AFTER INSERT OR UPDATE OR DELETE ON "policy_assignments" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_entity_catalog_versions AFTER INSERT OR UPDATE OR DELETE ON "entity_catalog_versions" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_advisor_territories AFTER INSERT OR UPDATE OR DELETE ON "advisor_territories" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_catalog_versions AFTER INSERT OR UPDATE OR DELETE ON "catalog_versions" FOR EACH ROW EXECUTE FUNCTION faro_audit();

-- Nobody edits or deletes the trail, not even the owner.
CREATE OR REPLACE FUNCTION faro_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'El registro de auditoría no se puede modificar ni borrar.' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION faro_audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION faro_audit_log_append_only();

-- A catalog version in use by any entity is frozen: assessments are pinned to it.
CREATE OR REPLACE FUNCTION faro_catalog_version_frozen() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  version uuid := CASE WHEN TG_TABLE_NAME = 'catalog_versions'
                       THEN coalesce(OLD.id, NEW.id)
                       ELSE coalesce((to_jsonb(OLD) ->> 'version_id')::uuid, (to_jsonb(NEW) ->> 'version_id')::uuid) END;
BEGIN
  IF EXISTS (SELECT 1 FROM "entity_catalog_versions" WHERE version_id = version) THEN
    RAISE EXCEPTION 'La versión del catálogo ya está en uso por alguna entidad y no se puede modificar.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN coalesce(NEW, OLD);
END
$$;
CREATE TRIGGER catalog_versions_frozen BEFORE UPDATE OR DELETE ON "catalog_versions" FOR EACH ROW EXECUTE FUNCTION faro_catalog_version_frozen();
CREATE TRIGGER catalog_dimensions_frozen BEFORE INSERT OR UPDATE OR DELETE ON "catalog_dimensions" FOR EACH ROW EXECUTE FUNCTION faro_catalog_version_frozen();
CREATE TRIGGER catalog_policies_frozen BEFORE INSERT OR UPDATE OR DELETE ON "catalog_policies" FOR EACH ROW EXECUTE FUNCTION faro_catalog_version_frozen();
