"use client";

// Runs a server action from a form: checks the input in the browser first
// (instant Spanish messages, no round trip), then calls the server, which
// validates again and may answer with its own field messages.
import { useState, useTransition } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/authz/actions";
import type { FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "./field-errors";

/** `message` is empty when the field messages say it all (see `invalidMessage`). */
export type ActionProblem = { message: string; fieldErrors: FieldErrors };

/**
 * The browser-side check: the action's own zod schema, or a function for
 * forms that check more than one schema (see collectFieldErrors), or null.
 */
export type BrowserCheck = z.ZodType | (() => FieldErrors | null) | null;

const NO_CONNECTION = "No hay conexión con el servidor. Verifique su red e intente de nuevo.";

function browserErrors(check: BrowserCheck, input: unknown): FieldErrors | null {
  if (!check) return null;
  if (typeof check === "function") return check();
  const checked = check.safeParse(input);
  return checked.success ? null : fieldErrorsOf(checked.error);
}

/**
 * `invalidMessage`: the general message when the browser-side check fails;
 * "" for forms whose field messages are enough.
 */
export function useServerAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>, { invalidMessage = "Revise los datos marcados." } = {}) {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);

  function run(check: BrowserCheck, input: unknown, onSuccess: (data: T) => void) {
    const fieldErrors = browserErrors(check, input);
    if (fieldErrors) {
      setProblem({ message: invalidMessage, fieldErrors });
      return;
    }
    setProblem(null);
    startTransition(async () => {
      try {
        const result = await action(input);
        if (result.ok) onSuccess(result.data);
        else setProblem({ message: result.error, fieldErrors: result.fieldErrors ?? {} });
      } catch {
        setProblem({ message: NO_CONNECTION, fieldErrors: {} });
      }
    });
  }

  /** The field messages of the last refusal, by field name ({} when there are none). */
  const fieldErrors: FieldErrors = problem?.fieldErrors ?? {};
  return { pending, problem, fieldErrors, run, clearProblem: () => setProblem(null) };
}
