-- Plan items now point at the FURAG question and the finding they close.
-- No new tables: grants, RLS and audit triggers of action_plan_items apply.

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_furag_question_id_fkey" FOREIGN KEY ("furag_question_id") REFERENCES "furag_questions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

