/**
 * A GET form: works without JavaScript and keeps the vigencia in the URL;
 * `keep` carries other parameters of the page (a sort order) along.
 */
export function VigenciaPicker({ vigencia, years, keep = {} }: { vigencia: number | null; years: number[]; keep?: Record<string, string> }) {
  return (
    <form method="get" className="flex items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm text-slate-700">
        Vigencia
        <select name="vigencia" defaultValue={vigencia ?? undefined} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-faro-50">
        Ver
      </button>
    </form>
  );
}
