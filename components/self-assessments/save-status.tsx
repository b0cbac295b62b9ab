import type { RowStatus } from "./use-autosave";

const TEXT: Record<RowStatus, string> = {
  saved: "Guardado",
  pending: "Cambios sin guardar…",
  saving: "Guardando…",
  offline: "Sin conexión: se enviará al volver la red",
  error: "No se guardó",
  conflict: "Otra persona cambió esta actividad",
};

const STYLE: Record<RowStatus, string> = {
  saved: "text-emerald-700",
  pending: "text-slate-500",
  saving: "text-slate-500",
  offline: "text-amber-800",
  error: "text-red-700",
  conflict: "text-red-700",
};

export function SaveStatus({ status, error }: { status: RowStatus | undefined; error?: string }) {
  if (!status) return null;
  return (
    <span role="status" className={`text-xs ${STYLE[status]}`}>
      {TEXT[status]}
      {error ? `: ${error}` : ""}
    </span>
  );
}
