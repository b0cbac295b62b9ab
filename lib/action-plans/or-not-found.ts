// For pages: a loader's NotFoundError (missing or foreign id) becomes the 404
// page; any other error still reaches the error page with its id.
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors/app-error";

export async function orNotFound<T>(load: () => Promise<T>, ...ids: string[]): Promise<T> {
  if (ids.some((id) => !z.uuid().safeParse(id).success)) notFound();
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
