/** A GET form: works without JavaScript and keeps the vigencia in the URL. */
export function VigenciaPicker({ vigencia, years }: { vigencia: number; years: number[] }) {
  return (
    <form method="get" className="flex items-end gap-2">
      <label className="text-sm text-slate-700">
        Vigencia
        <select name="vigencia" defaultValue={vigencia} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
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
