import type { Metadata } from "next";
import Link from "next/link";
import { UploadEvidenceForm } from "@/components/evidence/upload-evidence-form";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadFormOptions } from "@/lib/evidence/load-evidence-page-options";
import { evidenceMaxBytes } from "@/lib/evidence/storage/get-storage";

export const metadata: Metadata = { title: "Nueva evidencia" };

export default async function NewEvidencePage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.upload");
  const options = await loadFormOptions(ctx);
  return (
    <div className="max-w-2xl space-y-4">
      <Link href={`/e/${entityId}/evidencias`} className="text-sm text-faro-700 underline">
        ← Evidencias
      </Link>
      <h1 className="text-2xl font-semibold text-faro-900">Nueva evidencia</h1>
      <p className="text-slate-600">Después de guardarla podrá vincularla a actividades del autodiagnóstico y a otros elementos.</p>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <UploadEvidenceForm
          entityId={entityId}
          people={options.people}
          defaultOwnerId={ctx.userId}
          defaultVigencia={new Date().getFullYear()}
          maxBytes={evidenceMaxBytes()}
          policies={options.policies}
        />
      </div>
    </div>
  );
}
