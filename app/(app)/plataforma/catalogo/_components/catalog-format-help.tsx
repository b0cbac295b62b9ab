// A short version of prisma/seed/catalog/FORMAT.md for the person uploading.
const EXAMPLE = `{
  "formato": "faro-catalogo-mipg/1",
  "codigo": "C",
  "nombre": "Manual Operativo MIPG versión 7",
  "fuente": "Función Pública, Manual Operativo v7",
  "publicadoEl": "2026-03-15",
  "dimensiones": [
    {
      "numero": 1,
      "nombre": "Direccionamiento Estratégico y Planeación",
      "descripcion": "…",
      "politicas": [
        {
          "codigo": "POL03",
          "nombre": "Planeación Institucional",
          "lideres": ["Departamento Nacional de Planeación"],
          "grupo": null
        }
      ]
    }
  ]
}`;

export function CatalogFormatHelp() {
  return (
    <section aria-labelledby="formato" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <h2 id="formato" className="text-lg font-semibold text-faro-900">
        Formato del archivo
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
        <li>Las 7 dimensiones, numeradas del 1 al 7, cada una una sola vez.</li>
        <li>Las 19 políticas de MIPG (POL01 a POL19), cada una en una sola dimensión, en el orden en que las lista el manual.</li>
        <li>Cada política con al menos una entidad líder; «grupo» es opcional (por ejemplo «Ventanilla hacia adentro»).</li>
        <li>«publicadoEl» es opcional, con la forma AAAA-MM-DD. No se admiten campos que no estén en el formato.</li>
      </ul>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-faro-700">Ver un ejemplo</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 text-xs text-slate-800">{EXAMPLE}</pre>
      </details>
    </section>
  );
}
