// GET /api/health — 200 only when the database answers and every migration is
// applied; 503 with the reason otherwise (for load balancers and the demo).
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/status";

export const dynamic = "force-dynamic";

export async function GET() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return NextResponse.json(
      { db: "unconfigured", migrations: "unknown", reason: "DATABASE_URL no está definida." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
  const status = await checkDatabase(url);
  const body = status.ok
    ? { db: status.db, migrations: status.migrations }
    : { db: status.db, migrations: status.migrations, reason: status.reason };
  return NextResponse.json(body, { status: status.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
