// The recorded reason of a workflow step that needs one (returning or
// reopening an autodiagnóstico, reopening a plan): at least 10 characters.
import { ValidationError } from "@/lib/errors/app-error";

const MIN_LENGTH = 10;
const MESSAGE = `Explique el motivo (al menos ${MIN_LENGTH} caracteres).`;

/** The trimmed reason (null when none was given); refused when the step needs one and it is too short. */
export function transitionReason(needsReason: boolean, given: string | undefined | null): string | null {
  const reason = given?.trim() || null;
  if (needsReason && (!reason || reason.length < MIN_LENGTH)) throw new ValidationError(MESSAGE, { reason: [MESSAGE] });
  return reason;
}
