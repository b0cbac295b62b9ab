-- CreateEnum
CREATE TYPE "FuragQuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'MULTIPLE_CHOICE_NUMERIC', 'OPEN_NUMERIC', 'OPEN_TEXT', 'MATRIX');

-- CreateEnum
CREATE TYPE "FuragAnswerState" AS ENUM ('SIN_RESPONDER', 'RESPONDIDA', 'REVISADA', 'CON_OBSERVACIONES');

-- CreateTable
CREATE TABLE "furag_questionnaires" (
    "id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "source_file_name" TEXT NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "furag_questionnaires_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "furag_questions" (
    "id" UUID NOT NULL,
    "questionnaire_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "module_prefix" VARCHAR(4) NOT NULL,
    "text" TEXT NOT NULL,
    "type" "FuragQuestionType" NOT NULL,
    "options" TEXT[],
    "sort_order" INTEGER NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "furag_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "furag_module_policies" (
    "id" UUID NOT NULL,
    "prefix" VARCHAR(4) NOT NULL,
    "topic" TEXT NOT NULL,
    "policy_code" VARCHAR(5),
    "certainty" VARCHAR(10) NOT NULL DEFAULT 'clear',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "furag_module_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "furag_answers" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "responsible_user_id" UUID,
    "value" JSONB,
    "state" "FuragAnswerState" NOT NULL DEFAULT 'SIN_RESPONDER',
    "not_applicable" BOOLEAN NOT NULL DEFAULT false,
    "not_applicable_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "furag_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "furag_answer_comments" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "answer_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "author_name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "furag_answer_comments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "furag_questionnaires_vigencia_key" ON "furag_questionnaires"("vigencia");

-- CreateIndex
CREATE INDEX "furag_questions_module_prefix_idx" ON "furag_questions"("module_prefix");

-- CreateIndex
CREATE UNIQUE INDEX "furag_questions_questionnaire_id_code_key" ON "furag_questions"("questionnaire_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "furag_module_policies_prefix_key" ON "furag_module_policies"("prefix");

-- CreateIndex
CREATE INDEX "furag_answers_question_id_idx" ON "furag_answers"("question_id");

-- CreateIndex
CREATE INDEX "furag_answers_responsible_user_id_idx" ON "furag_answers"("responsible_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "furag_answers_entity_id_question_id_key" ON "furag_answers"("entity_id", "question_id");

-- CreateIndex
CREATE INDEX "furag_answer_comments_answer_id_created_at_idx" ON "furag_answer_comments"("answer_id", "created_at");

-- AddForeignKey
ALTER TABLE "furag_questions" ADD CONSTRAINT "furag_questions_questionnaire_id_fkey" FOREIGN KEY ("questionnaire_id") REFERENCES "furag_questionnaires"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "furag_answers" ADD CONSTRAINT "furag_answers_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "furag_answers" ADD CONSTRAINT "furag_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "furag_questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "furag_answers" ADD CONSTRAINT "furag_answers_responsible_user_id_fkey" FOREIGN KEY ("responsible_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "furag_answer_comments" ADD CONSTRAINT "furag_answer_comments_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "furag_answers"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ════════════════════════════════════════════════════════════════════════
-- Hand-written below: grants, row-level security, audit.
-- ════════════════════════════════════════════════════════════════════════

GRANT SELECT, INSERT, UPDATE, DELETE ON
  "furag_questionnaires", "furag_questions", "furag_module_policies", "furag_answers", "furag_answer_comments"
TO faro_app;

-- The questionnaire and the module → policy table are platform reference
-- data: everyone signed in reads them, only system scope (the operator's
-- import, the seed) writes them.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['furag_questionnaires', 'furag_questions', 'furag_module_policies'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (true) WITH CHECK (faro_is_system())', t || '_access', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['furag_answers', 'furag_answer_comments'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id())',
      t || '_access', t);
  END LOOP;
END
$$;

CREATE TRIGGER audit_furag_questionnaires AFTER INSERT OR UPDATE OR DELETE ON "furag_questionnaires" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_furag_module_policies AFTER INSERT OR UPDATE OR DELETE ON "furag_module_policies" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_furag_answers AFTER INSERT OR UPDATE OR DELETE ON "furag_answers" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_furag_answer_comments AFTER INSERT OR UPDATE OR DELETE ON "furag_answer_comments" FOR EACH ROW EXECUTE FUNCTION faro_audit();
