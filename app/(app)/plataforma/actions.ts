"use server";

// The platform operator's actions: superadmin only (403 for anyone else,
// before the input is even read), input valid (else 422).
import { platformAction } from "@/lib/authz/actions";
import { assignAdvisor } from "@/lib/platform/assign-advisor";
import { createEntityWithAdmin } from "@/lib/platform/create-entity-with-admin";
import { ZAssignAdvisor, ZCreateEntity } from "@/lib/platform/platform-schemas";

export const createEntityAction = platformAction(ZCreateEntity, (operatorId, input) => createEntityWithAdmin(operatorId, input));

export const assignAdvisorAction = platformAction(ZAssignAdvisor, (operatorId, input) => assignAdvisor(operatorId, input));
