-- CreateEnum
CREATE TYPE "AdvisoryRequestState" AS ENUM ('RECIBIDA', 'ASIGNADA', 'REMITIDA_LIDER', 'PLAN_DEFINIDO', 'EN_EJECUCION', 'CERRADA');

-- CreateEnum
CREATE TYPE "AdvisoryModality" AS ENUM ('PRESENCIAL', 'VIRTUAL');

-- CreateTable
CREATE TABLE "advisory_requests" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "department_code" VARCHAR(2) NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "baseline_vigencia" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "state" "AdvisoryRequestState" NOT NULL DEFAULT 'RECIBIDA',
    "requested_by_id" UUID,
    "requested_by_name" TEXT NOT NULL,
    "responsible_id" UUID,
    "responsible_name" TEXT,
    "assigned_at" TIMESTAMPTZ(3),
    "leader_referral" TEXT,
    "referred_at" TIMESTAMPTZ(3),
    "assistance_plan" TEXT,
    "planned_at" TIMESTAMPTZ(3),
    "closing_summary" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "advisory_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advisory_sessions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "modality" "AdvisoryModality" NOT NULL,
    "attendees" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advisory_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_offers" (
    "id" UUID NOT NULL,
    "department_code" VARCHAR(2) NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "scheduled_on" DATE NOT NULL,
    "modality" "AdvisoryModality" NOT NULL,
    "place" TEXT NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_invitees" (
    "id" UUID NOT NULL,
    "offer_id" UUID NOT NULL,
    "sigep_code" VARCHAR(20) NOT NULL,
    "entity_name" TEXT NOT NULL,
    "attended" BOOLEAN,
    "attendee_count" INTEGER,
    "note" TEXT,

    CONSTRAINT "training_invitees_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "advisory_requests_department_code_state_idx" ON "advisory_requests"("department_code", "state");

-- CreateIndex
CREATE INDEX "advisory_requests_entity_id_created_at_idx" ON "advisory_requests"("entity_id", "created_at");

-- CreateIndex
CREATE INDEX "advisory_sessions_request_id_held_on_idx" ON "advisory_sessions"("request_id", "held_on");

-- CreateIndex
CREATE INDEX "training_offers_department_code_scheduled_on_idx" ON "training_offers"("department_code", "scheduled_on");

-- CreateIndex
CREATE UNIQUE INDEX "training_invitees_offer_id_sigep_code_key" ON "training_invitees"("offer_id", "sigep_code");

-- AddForeignKey
ALTER TABLE "advisory_requests" ADD CONSTRAINT "advisory_requests_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory_sessions" ADD CONSTRAINT "advisory_sessions_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "advisory_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_invitees" ADD CONSTRAINT "training_invitees_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "training_offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ════════════════════════════════════════════════════════════════════════
-- Hand-written below: grants, row-level security, audit, advisor read path.
-- ════════════════════════════════════════════════════════════════════════

GRANT SELECT, INSERT, UPDATE, DELETE ON
  "advisory_requests", "advisory_sessions", "training_offers", "training_invitees"
TO faro_app;

-- The signed-in person is a departmental advisor (ASESOR) of this department.
-- advisor_territories only shows a person their own rows, so this needs no
-- elevated rights.
CREATE OR REPLACE FUNCTION faro_advises_department(code text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "advisor_territories" a WHERE a.user_id = faro_current_user_id() AND a.department_code = code)
$$;

-- The signed-in advisor may read this entity's own autodiagnóstico data: the
-- entity is in one of their departments AND chose to share it. SECURITY
-- DEFINER so the check reads the entity row whatever the caller's context;
-- it returns only a yes/no.
CREATE OR REPLACE FUNCTION faro_advisor_reads_entity(eid uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM "entities" e JOIN "advisor_territories" a ON a.department_code = e.department_code
    WHERE e.id = eid AND e.shares_with_advisor AND a.user_id = faro_current_user_id()
  )
$$;

-- The advisors of a department (to assign a request to one of them), only for
-- a caller who advises that department. Users and territories are otherwise
-- private to each person, so this returns just id and name.
CREATE OR REPLACE FUNCTION faro_department_advisors(code text) RETURNS TABLE (user_id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.id, u.name FROM "advisor_territories" a JOIN "users" u ON u.id = a.user_id
  WHERE a.department_code = code AND u.is_active
    AND EXISTS (SELECT 1 FROM "advisor_territories" me WHERE me.user_id = faro_current_user_id() AND me.department_code = code)
  ORDER BY u.name
$$;

-- Read-only extra policies (permissive, so OR-ed with the tenant policy):
-- the advisor reads a sharing entity's self-assessments, never writes them.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['self_assessments', 'activity_responses', 'assessment_transitions', 'entity_catalog_versions',
                           'instruments', 'instrument_components', 'instrument_categories', 'instrument_activities'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (entity_id IS NOT NULL AND faro_advisor_reads_entity(entity_id))', t || '_advisor_read', t);
  END LOOP;
END
$$;

-- Requests: the entity's members (inside its context) and the advisors of its
-- department. Which of them may change what is decided by the app (entity
-- side files, advisor side handles); the database keeps everyone else out.
ALTER TABLE "advisory_requests" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "advisory_requests" FORCE ROW LEVEL SECURITY;
CREATE POLICY advisory_requests_access ON "advisory_requests"
  USING (faro_is_system() OR entity_id = faro_current_entity_id() OR faro_advises_department(department_code))
  WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id() OR faro_advises_department(department_code));

ALTER TABLE "advisory_sessions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "advisory_sessions" FORCE ROW LEVEL SECURITY;
CREATE POLICY advisory_sessions_read ON "advisory_sessions" FOR SELECT
  USING (faro_is_system() OR EXISTS (SELECT 1 FROM "advisory_requests" r WHERE r.id = request_id));
CREATE POLICY advisory_sessions_write ON "advisory_sessions" FOR ALL
  USING (faro_is_system() OR EXISTS (SELECT 1 FROM "advisory_requests" r WHERE r.id = request_id AND faro_advises_department(r.department_code)))
  WITH CHECK (faro_is_system() OR EXISTS (SELECT 1 FROM "advisory_requests" r WHERE r.id = request_id AND faro_advises_department(r.department_code)));

-- The department (and entity) of a request come from the database, never from
-- the client: a request always lands with the advisors of its own entity.
CREATE OR REPLACE FUNCTION faro_advisory_request_department() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  NEW.department_code := (SELECT department_code FROM "entities" WHERE id = NEW.entity_id);
  RETURN NEW;
END
$$;
CREATE TRIGGER advisory_requests_department BEFORE INSERT OR UPDATE OF entity_id, department_code ON "advisory_requests"
  FOR EACH ROW EXECUTE FUNCTION faro_advisory_request_department();

CREATE OR REPLACE FUNCTION faro_advisory_session_entity() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  NEW.entity_id := (SELECT entity_id FROM "advisory_requests" WHERE id = NEW.request_id);
  RETURN NEW;
END
$$;
CREATE TRIGGER advisory_sessions_entity BEFORE INSERT OR UPDATE OF entity_id, request_id ON "advisory_sessions"
  FOR EACH ROW EXECUTE FUNCTION faro_advisory_session_entity();

-- Training offers belong to a department: only its advisors see and change them.
ALTER TABLE "training_offers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "training_offers" FORCE ROW LEVEL SECURITY;
CREATE POLICY training_offers_access ON "training_offers"
  USING (faro_is_system() OR faro_advises_department(department_code))
  WITH CHECK (faro_is_system() OR faro_advises_department(department_code));

ALTER TABLE "training_invitees" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "training_invitees" FORCE ROW LEVEL SECURITY;
CREATE POLICY training_invitees_access ON "training_invitees"
  USING (faro_is_system() OR EXISTS (SELECT 1 FROM "training_offers" o WHERE o.id = offer_id))
  WITH CHECK (faro_is_system() OR EXISTS (SELECT 1 FROM "training_offers" o WHERE o.id = offer_id));

CREATE TRIGGER audit_advisory_requests AFTER INSERT OR UPDATE OR DELETE ON "advisory_requests" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_advisory_sessions AFTER INSERT OR UPDATE OR DELETE ON "advisory_sessions" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_training_offers AFTER INSERT OR UPDATE OR DELETE ON "training_offers" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_training_invitees AFTER INSERT OR UPDATE OR DELETE ON "training_invitees" FOR EACH ROW EXECUTE FUNCTION faro_audit();
