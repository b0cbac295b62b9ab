"use client";

// Where the support of a declared option is written (document, acta, link);
// files of the evidence repository are linked beside it (option-evidence.tsx).
export function SupportInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="mt-1 block text-xs font-medium text-slate-600">
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} maxLength={500} placeholder="Documento, acta o enlace donde está el soporte" className="mt-0.5 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
    </label>
  );
}
