// Field messages of a zod result, keyed like the server's (lib/errors/translate-error.ts),
// so a form shows browser-side and server-side errors the same way.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors/app-error";

export type { FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Browser-side errors of several schemas at once (each form checks its input and the password rules). */
export function collectFieldErrors(...results: { success: boolean; error?: z.ZodError }[]): FieldErrors | null {
  const merged: FieldErrors = {};
  for (const result of results) {
    if (result.success || !result.error) continue;
    for (const [key, messages] of Object.entries(fieldErrorsOf(result.error))) (merged[key] ??= []).push(...messages);
  }
  return Object.keys(merged).length ? merged : null;
}
