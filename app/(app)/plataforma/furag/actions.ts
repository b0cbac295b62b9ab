"use server";

// The platform operator's FURAG reference data: the questionnaire of each
// vigencia and the module → policy table. Superadmin only.
import { revalidatePath } from "next/cache";
import { platformAction } from "@/lib/authz/actions";
import { importQuestionnaireFile } from "@/lib/furag/questionnaire/import-questionnaire";
import { updateModulePolicy } from "@/lib/furag/questionnaire/module-policies";
import { ZQuestionnaireUpload, ZUpdateModulePolicy } from "@/lib/furag/questionnaire/questionnaire-schemas";

export const importFuragQuestionnaireAction = platformAction(ZQuestionnaireUpload, async (userId, input) => {
  const bytes = new Uint8Array(Buffer.from(input.fileBase64, "base64"));
  const result = await importQuestionnaireFile(userId, { vigencia: input.vigencia, fileName: input.fileName, bytes });
  revalidatePath("/plataforma/furag");
  return result;
});

export const updateFuragModulePolicyAction = platformAction(ZUpdateModulePolicy, async (userId, input) => {
  const row = await updateModulePolicy(userId, input);
  revalidatePath("/plataforma/furag");
  return row;
});
