"use server";

import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { ZStartAssessment, ZTransitionAssessment } from "@/lib/self-assessments/schemas";
import { startAssessment } from "@/lib/self-assessments/start-assessment";
import { transitionAssessment } from "@/lib/self-assessments/transition-assessment";

export const startAssessmentAction = entityAction(
  ZStartAssessment,
  "autodiagnostico.edit",
  async (ctx, input) => {
    const result = await startAssessment(ctx, input);
    revalidatePath(`/e/${ctx.entityId}/autodiagnosticos`);
    return result;
  },
  { policyCodeOf: (input) => input.policyCode },
);

// Each transition checks its own permission (submit, approve, reopen) inside.
export const transitionAssessmentAction = entityAction(ZTransitionAssessment, "autodiagnostico.view", async (ctx, input) => {
  const result = await transitionAssessment(ctx, input);
  revalidatePath(`/e/${ctx.entityId}/autodiagnosticos`);
  return result;
});
