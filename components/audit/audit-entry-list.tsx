import { AUDIT_ACTION_LABELS, AUDITED_TABLES } from "@/lib/audit/audit-filters";
import { describeChanges } from "@/lib/audit/describe-changes";
import { formatDateTime } from "@/lib/format/dates";

type Entry = {
  id: string;
  createdAt: Date;
  action: keyof typeof AUDIT_ACTION_LABELS;
  tableName: string;
  recordId: string;
  actorName: string;
  before: unknown;
  after: unknown;
};

// Stored values are shown as text (React escapes them): an audit trail must
// never execute what someone typed into a field.
export function AuditEntryList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No hay registros con esos filtros.</p>;
  }
  return (
    <ol className="space-y-3">
      {entries.map((entry) => {
        const changes = describeChanges(entry.before, entry.after);
        return (
          <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
              <span className="font-semibold text-slate-900">{entry.actorName}</span>
              <span>
                {AUDIT_ACTION_LABELS[entry.action]} · {AUDITED_TABLES[entry.tableName] ?? entry.tableName}
              </span>
              <span className="font-mono text-xs text-slate-400">#{entry.id}</span>
            </p>
            {changes.length > 0 && (
              <table className="mt-2 w-full table-fixed text-left text-sm">
                <thead className="text-slate-500">
                  <tr>
                    <th className="w-1/4 py-1 font-medium">Campo</th>
                    <th className="py-1 font-medium">Antes</th>
                    <th className="py-1 font-medium">Después</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.field} className="border-t border-slate-100 align-top">
                      <td className="py-1 font-mono text-xs">{c.field}</td>
                      <td className="break-words py-1 text-slate-600">{c.before}</td>
                      <td className="break-words py-1">{c.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
