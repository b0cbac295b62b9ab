"use client";

// Runs a server action from a form: validates with the action's own zod
// schema first (instant Spanish messages, no round trip), then calls the
// server, which validates again and may answer with its own field messages.
import { useState, useTransition } from "react";
import type { z } from "zod";
import { fieldErrorsOf } from "@/components/auth/field-errors";
import type { ActionResult } from "@/lib/authz/actions";
import type { FieldErrors } from "@/lib/errors/app-error";

export type ActionProblem = { message: string; fieldErrors: FieldErrors };

export function useServerAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);

  function run(schema: z.ZodType | null, input: unknown, onSuccess: (data: T) => void) {
    if (schema) {
      const checked = schema.safeParse(input);
      if (!checked.success) {
        setProblem({ message: "Revise los datos marcados.", fieldErrors: fieldErrorsOf(checked.error) });
        return;
      }
    }
    setProblem(null);
    startTransition(async () => {
      try {
        const result = await action(input);
        if (result.ok) onSuccess(result.data);
        else setProblem({ message: result.error, fieldErrors: result.fieldErrors ?? {} });
      } catch {
        setProblem({ message: "No hay conexión con el servidor. Verifique su red e intente de nuevo.", fieldErrors: {} });
      }
    });
  }

  return { pending, problem, run, clearProblem: () => setProblem(null) };
}
