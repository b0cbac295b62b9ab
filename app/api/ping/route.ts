// GET /api/ping — a constant answer with no database and no session: the
// ceiling of what this machine serves through Next.js, against which the
// benchmark (npm run bench) expresses every other figure.
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

const PONG = { ok: true, servicio: "faro-mipg" } as const;

export function GET() {
  return NextResponse.json(PONG, { headers: { "Cache-Control": "no-store" } });
}
