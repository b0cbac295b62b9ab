// The files and links of one revision: name, type, size, SHA-256 and
// download; for the current revision, a preview of PDFs and images.
import type { EvidenceView } from "@/lib/evidence/load-evidence";
import { isInlineType } from "@/lib/evidence/upload/allowed-types";

type Revision = EvidenceView["revisions"][number];

/** Only http(s) addresses become links: a stored "javascript:" URL must never run on click. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1048576).toFixed(1).replace(".", ",")} MB`;
}

export function FileList({ entityId, revision, preview }: { entityId: string; revision: Revision; preview: boolean }) {
  const href = (fileId: string, inline = false) => `/api/e/${entityId}/evidencias/archivos/${fileId}${inline ? "?vista=1" : ""}`;
  return (
    <div className="space-y-3">
      <ul className="space-y-2">
        {revision.files.map((file) => (
          <li key={file.id} className="text-sm">
            <a href={href(file.id)} className="font-medium text-faro-800 underline" download>
              {file.originalName}
            </a>{" "}
            <span className="text-slate-600">
              · {file.mediaType} · {formatSize(file.sizeBytes)}
            </span>
            <span className="block break-all font-mono text-xs text-slate-500" title="Huella SHA-256 registrada al subir el archivo">
              SHA-256 {file.sha256}
            </span>
          </li>
        ))}
        {revision.urls.map((u) => (
          <li key={u.id} className="break-all text-sm">
            Enlace:{" "}
            {isWebAddress(u.url) ? (
              <a href={u.url} rel="noopener noreferrer nofollow" target="_blank" className="text-faro-800 underline">
                {u.url}
              </a>
            ) : (
              // Written before validation or straight into the database: shown, never followed.
              <span className="text-slate-700">{u.url}</span>
            )}
          </li>
        ))}
      </ul>
      {preview &&
        revision.files
          .filter((f) => isInlineType(f.mediaType))
          .map((f) =>
            f.mediaType === "application/pdf" ? (
              <div key={f.id} className="space-y-1">
                {/* Phone browsers often cannot show a PDF inside a page: a plain link always works. */}
                <a href={href(f.id, true)} target="_blank" rel="noopener" className="text-sm text-faro-800 underline">
                  Abrir «{f.originalName}» en otra pestaña
                </a>
                <iframe src={href(f.id, true)} title={`Vista previa de ${f.originalName}`} className="h-[28rem] w-full rounded border border-slate-200 bg-white" />
              </div>
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- an authorised download, not a static asset
              <img key={f.id} src={href(f.id, true)} alt={`Vista previa de ${f.originalName}`} className="max-h-[28rem] max-w-full rounded border border-slate-200" />
            ),
          )}
    </div>
  );
}
