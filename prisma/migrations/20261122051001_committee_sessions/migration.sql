-- CreateEnum
CREATE TYPE "CommitteeApprovalKind" AS ENUM ('SELF_ASSESSMENT', 'ACTION_PLAN');

-- CreateTable
CREATE TABLE "committee_sessions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "place" TEXT,
    "agenda" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committee_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_attendees" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "user_id" UUID,
    "name" TEXT NOT NULL,
    "position" TEXT,

    CONSTRAINT "committee_attendees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_decisions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_commitments" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "due_on" DATE,
    "plan_item_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_approvals" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "kind" "CommitteeApprovalKind" NOT NULL,
    "assessment_transition_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "committee_sessions_entity_id_held_on_idx" ON "committee_sessions"("entity_id", "held_on");

-- CreateIndex
CREATE INDEX "committee_attendees_session_id_idx" ON "committee_attendees"("session_id");

-- CreateIndex
CREATE INDEX "committee_decisions_session_id_idx" ON "committee_decisions"("session_id");

-- CreateIndex
CREATE INDEX "committee_commitments_session_id_idx" ON "committee_commitments"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_approvals_assessment_transition_id_key" ON "committee_approvals"("assessment_transition_id");

-- CreateIndex
CREATE INDEX "committee_approvals_session_id_idx" ON "committee_approvals"("session_id");

-- AddForeignKey
ALTER TABLE "committee_sessions" ADD CONSTRAINT "committee_sessions_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_attendees" ADD CONSTRAINT "committee_attendees_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_commitments" ADD CONSTRAINT "committee_commitments_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_approvals" ADD CONSTRAINT "committee_approvals_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_approvals" ADD CONSTRAINT "committee_approvals_assessment_transition_id_fkey" FOREIGN KEY ("assessment_transition_id") REFERENCES "assessment_transitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ── Hand-written: access for the app role, tenant isolation, audit ──

GRANT SELECT, INSERT, UPDATE, DELETE ON
  "committee_sessions", "committee_attendees", "committee_decisions", "committee_commitments", "committee_approvals"
TO faro_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['committee_sessions', 'committee_attendees', 'committee_decisions', 'committee_commitments', 'committee_approvals'] LOOP
    -- ENABLE only, like every tenant table: the app role owns nothing, so RLS
    -- binds it; the owner (migrations, seed, backup) is not filtered.
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id())',
      t || '_access', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION faro_audit()', 'audit_' || t, t);
  END LOOP;
END
$$;

