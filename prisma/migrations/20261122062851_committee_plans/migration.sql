-- AlterEnum
ALTER TYPE "PlanItemSourceKind" ADD VALUE 'COMMITMENT';

-- AlterTable
ALTER TABLE "committee_approvals" ADD COLUMN     "plan_transition_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "committee_commitments_plan_item_id_key" ON "committee_commitments"("plan_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_approvals_plan_transition_id_key" ON "committee_approvals"("plan_transition_id");

-- AddForeignKey
ALTER TABLE "committee_commitments" ADD CONSTRAINT "committee_commitments_plan_item_id_fkey" FOREIGN KEY ("plan_item_id") REFERENCES "action_plan_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_approvals" ADD CONSTRAINT "committee_approvals_plan_transition_id_fkey" FOREIGN KEY ("plan_transition_id") REFERENCES "action_plan_transitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: no new table. committee_commitments and committee_approvals
-- already have their GRANTs to faro_app, tenant row-level-security policies
-- and faro_audit() triggers (migration committee_sessions), so setting
-- plan_item_id or plan_transition_id is isolated per entity and audited.
