// The text fields of a multipart evidence form, shaped for the zod schemas:
// links come one per line, the checkbox as "on", an optional item to link.
import { z } from "zod";
import { ZEvidenceFields, ZLinkTarget, ZRevisionFields, type LinkTarget } from "../schemas";

function lines(text: string | undefined): string[] {
  return (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export function evidenceFieldsOf(fields: Record<string, string>) {
  return ZEvidenceFields.parse({
    title: fields.title ?? "",
    description: fields.description || undefined,
    vigencia: fields.vigencia ?? "",
    documentDate: fields.documentDate ?? "",
    ownerId: fields.ownerId ?? "",
    policyCode: fields.policyCode ?? "",
    validUntil: fields.validUntil ?? "",
    urls: lines(fields.urls),
  });
}

export function revisionFieldsOf(fields: Record<string, string>) {
  return ZRevisionFields.parse({ note: fields.note || undefined, keepPrevious: fields.keepPrevious === "on", urls: lines(fields.urls) });
}

/** The item to link the new evidence to, when the form came from one. */
export function linkTargetOf(fields: Record<string, string>): LinkTarget | null {
  if (!fields.targetKind) return null;
  return ZLinkTarget.parse({ kind: fields.targetKind, targetId: fields.targetId ?? "", targetSubId: fields.targetSubId ?? "" });
}

export const ZEvidenceFormFields = z.record(z.string(), z.string());
