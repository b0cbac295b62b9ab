// Links between the evidence pages; control interno's ones only for that role.
import Link from "next/link";

type Props = { entityId: string; canUpload: boolean; canReview: boolean };

export function EvidenceSubnav({ entityId, canUpload, canReview }: Props) {
  const base = `/e/${entityId}/evidencias`;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50";
  return (
    <div className="flex flex-wrap gap-2">
      {canUpload && (
        <Link href={`${base}/nueva`} className="rounded-md bg-faro-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-faro-800">
          Nueva evidencia
        </Link>
      )}
      {canReview && (
        <>
          <Link href={`${base}/cola`} className={link}>
            Cola de revisión
          </Link>
          <Link href={`${base}/integridad`} className={link}>
            Integridad
          </Link>
        </>
      )}
    </div>
  );
}
