"use server";

import { advisorAction } from "@/lib/authz/advisor-context";
import { assignResponsible, closeRequest, recordAssistancePlan, recordSession, referToLeader } from "@/lib/advisor/requests/handle-request";
import { ZAssignResponsible, ZCloseRequest, ZRecordPlan, ZRecordSession, ZReferToLeader } from "@/lib/advisor/requests/request-schemas";

/** Advisor of the department (Tabla 10): who answers the request. */
export const assignResponsibleAction = advisorAction(ZAssignResponsible, assignResponsible);

/** Advisor of the department (Tabla 11): the office sent to the policy leader. */
export const referToLeaderAction = advisorAction(ZReferToLeader, referToLeader);

/** Advisor of the department (Tabla 12): the individual plan of assistance. */
export const recordAssistancePlanAction = advisorAction(ZRecordPlan, recordAssistancePlan);

/** Advisor of the department (Tabla 13): a session of assistance held. */
export const recordSessionAction = advisorAction(ZRecordSession, recordSession);

/** Advisor of the department (Tabla 14): closing, with what was achieved. */
export const closeRequestAction = advisorAction(ZCloseRequest, closeRequest);
