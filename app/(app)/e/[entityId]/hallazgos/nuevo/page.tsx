import type { Metadata } from "next";
import Link from "next/link";
import { CreateFindingForm } from "@/components/findings/create-finding-form";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadFormOptions } from "@/lib/evidence/load-evidence-page-options";

export const metadata: Metadata = { title: "Registrar hallazgo" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ evidencia?: string }> };

export default async function NewFindingPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "finding.create");
  const options = await loadFormOptions(ctx, { activities: true, evidences: true });
  const evidencia = (await searchParams).evidencia;
  const initialEvidenceId = options.evidences.some((e) => e.id === evidencia) ? evidencia : "";
  return (
    <div className="max-w-2xl space-y-4">
      <Link href={`/e/${entityId}/hallazgos`} className="text-sm text-faro-700 underline">
        ← Hallazgos
      </Link>
      <h1 className="text-2xl font-semibold text-faro-900">Registrar hallazgo</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <CreateFindingForm entityId={entityId} {...options} initialEvidenceId={initialEvidenceId} />
      </div>
    </div>
  );
}
