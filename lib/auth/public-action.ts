// Wrapper for the few server actions that run without a session (asking for
// a password reset, using a one-time link). Same contract as lib/authz/actions.ts:
// the input is validated with its zod schema on the server, whatever the
// browser did, and any error comes back through the one error translator.
// Anything such an action touches must be authorised by its input itself
// (a one-time token), never by an id the browser sends.
import type { z } from "zod";
import type { ActionResult } from "@/lib/authz/actions";
import { translateError } from "@/lib/errors/translate-error";

export function publicAction<Schema extends z.ZodType, T>(schema: Schema, handler: (input: z.infer<Schema>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      return { ok: true, data: await handler(schema.parse(raw)) };
    } catch (error) {
      const { status, body } = translateError(error);
      return { ok: false, status, ...body };
    }
  };
}
