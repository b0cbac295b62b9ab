"use server";

import { advisorAction } from "@/lib/authz/advisor-context";
import { createTrainingOffer, recordAttendance } from "@/lib/advisor/training/training-offers";
import { ZCreateTrainingOffer, ZRecordAttendance } from "@/lib/advisor/training/training-schemas";

/** Advisor of the department (Tabla 6): an offer for a group with the same weakest policy. */
export const createTrainingOfferAction = advisorAction(ZCreateTrainingOffer, createTrainingOffer);

/** Advisor of the department (Tablas 7-8): attendance, entity by entity. */
export const recordAttendanceAction = advisorAction(ZRecordAttendance, recordAttendance);
