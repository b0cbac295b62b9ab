/** FURAG questionnaire: question-bank import and module → policy mapping. */
export { parseFuragQuestionsWorkbook } from "./import/parse-furag-questions-workbook";
export { FuragImportError } from "./import/furag-import-error";
export type { FuragImportProblem } from "./import/furag-import-error";
export {
  FURAG_CODE_PATTERN,
  FURAG_QUESTION_TYPE_LABELS,
  FURAG_QUESTION_TYPES,
  furagQuestionnaireSchema,
  furagQuestionSchema,
} from "./import/furag-question-schema";
export type { FuragQuestion, FuragQuestionnaire, FuragQuestionType } from "./import/furag-question-schema";
export { findModuleMapping, MODULE_POLICY_MAP, POLICY_CODES, policyCodeForModule } from "./module-policy-map";
export type { ModulePolicyMapping, PolicyCode } from "./module-policy-map";
