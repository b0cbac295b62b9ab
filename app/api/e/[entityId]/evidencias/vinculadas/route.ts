// GET the evidence linked to one item (?kind=&targetId=&targetSubId=) for the
// linked-evidence panel, and, with ?q=, the entity's evidence matching the
// text that could be attached to it.
import { NextResponse } from "next/server";
import { z } from "zod";
import { hasPermission } from "@/lib/authz/entity-context";
import { entityRoute } from "@/lib/authz/routes";
import { withTenant } from "@/lib/db/context";
import { listEvidenceFor } from "@/lib/evidence/link-evidence";
import { resolveLinkTarget } from "@/lib/evidence/link-targets";
import { evidenceWhere } from "@/lib/evidence/list-evidences";
import { listEntityPeople } from "@/lib/evidence/list-people";
import { ZLinkTarget } from "@/lib/evidence/schemas";
import { evidenceMaxBytes } from "@/lib/evidence/storage/get-storage";

const ZQuery = z.strictObject({ kind: z.string(), targetId: z.string(), targetSubId: z.string().optional(), q: z.string().max(200).optional() });

export const GET = entityRoute<Record<never, never>>("evidence.view", async (ctx, request) => {
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const target = ZLinkTarget.parse({ kind: query.kind, targetId: query.targetId, targetSubId: query.targetSubId ?? "" });
  const data = await withTenant(ctx, async (db) => {
    const resolved = await resolveLinkTarget(db, ctx.entityId, target.kind, target);
    const linked = await listEvidenceFor(db, ctx.entityId, target);
    const q = query.q?.trim();
    const candidates = q
      ? await db.evidence.findMany({
          where: { AND: [evidenceWhere(ctx.entityId, { q }), { id: { notIn: linked.map((l) => l.evidenceId) } }] },
          orderBy: { createdAt: "desc" },
          take: 10,
          select: { id: true, title: true, vigencia: true },
        })
      : [];
    // What the panel's upload form needs, only for people who may upload.
    const upload = hasPermission(ctx, "evidence.upload")
      ? { people: await listEntityPeople(db, ctx.entityId), me: ctx.userId, vigencia: resolved.vigencia ?? new Date().getFullYear(), maxBytes: evidenceMaxBytes() }
      : null;
    return { linked, candidates, upload };
  });
  return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
});
