import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/authz/page-context";
import { withTenant } from "@/lib/db/context";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { verifyIntegrity } from "@/lib/evidence/verify-integrity";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Integridad de las evidencias" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ verificar?: string }> };

export default async function IntegrityPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.review");
  // Reading every file takes a while: only when asked, never on a plain visit.
  const run = (await searchParams).verificar === "1";
  const report = run ? await withTenant(ctx, (db) => verifyIntegrity(db, getEvidenceStorage(), { entityId })) : null;
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/e/${entityId}/evidencias`} className="text-sm text-faro-700 underline">
        ← Evidencias
      </Link>
      <h1 className="text-2xl font-semibold text-faro-900">Integridad de las evidencias</h1>
      <p className="text-slate-600">
        Vuelve a calcular la huella SHA-256 de cada archivo guardado de {ctx.entity.name} y la compara con la registrada al subirlo. Informa los archivos que
        faltan o que cambiaron.
      </p>
      <form method="get">
        <input type="hidden" name="verificar" value="1" />
        <button type="submit" className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Verificar ahora
        </button>
      </form>
      {report && (
        <section aria-labelledby="resultado" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="resultado" className="font-semibold text-slate-900">
            Resultado del {formatDateTime(report.checkedAt)}
          </h2>
          <p role="status" className={report.problems.length ? "font-semibold text-red-800" : "font-semibold text-emerald-800"}>
            {report.checkedFiles} archivo{report.checkedFiles === 1 ? "" : "s"} verificado{report.checkedFiles === 1 ? "" : "s"}:{" "}
            {report.problems.length === 0 ? "todos coinciden con su huella registrada." : `${report.problems.length} con problemas.`}
          </p>
          {report.problems.length > 0 && (
            <ul className="space-y-2 text-sm">
              {report.problems.map((p) => (
                <li key={p.storageKey} className="rounded-md border border-red-200 bg-red-50 p-2">
                  <strong>{p.kind === "missing" ? "Falta el archivo" : "El archivo fue alterado"}</strong>: «{p.originalName}» de la evidencia{" "}
                  <Link href={`/e/${entityId}/evidencias/${p.evidenceId}`} className="underline">
                    {p.evidenceTitle}
                  </Link>
                  <span className="block break-all font-mono text-xs text-slate-600">
                    Registrada {p.expectedSha256}
                    {p.actualSha256 ? ` · actual ${p.actualSha256}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="text-sm text-slate-500">
        Para toda la plataforma (también objetos sin registro), el operador ejecuta <code>npm run evidence:verify</code>.
      </p>
    </div>
  );
}
