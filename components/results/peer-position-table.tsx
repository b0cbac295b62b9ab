import { POLICY_NAMES, type PolicyCode } from "@/lib/members/policy-names";
import type { PeerStanding } from "@/lib/results/queries/peer-position";
import { formatScore } from "@/lib/scoring";

const nameOf = (code: string) => (code === "IDI" ? "Índice de Desempeño Institucional" : `${code} ${POLICY_NAMES[code as PolicyCode] ?? ""}`);

/** The entity within its grupo par: its official score, the group's median, its position and percentile. */
export function PeerPositionTable({ peerGroup, standings }: { peerGroup: string | null; standings: PeerStanding[] }) {
  const idi = standings.find((s) => s.code === "IDI");
  return (
    <section aria-labelledby="grupo-par" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="grupo-par" className="text-lg font-semibold text-faro-900">
        Posición en el grupo par
      </h2>
      {!peerGroup || standings.length === 0 ? (
        <p className="text-slate-600">El archivo oficial no asigna grupo par a la entidad en esta vigencia.</p>
      ) : (
        <>
          <p className="text-slate-700">
            Grupo par: <strong>{peerGroup}</strong>.{" "}
            {idi?.position != null &&
              `En IDI ocupa el puesto ${idi.position} de ${idi.groupSize}; mediana del grupo ${formatScore(idi.median, 1)}${
                idi.percentile !== null ? `; percentil ${Math.round(idi.percentile)} (supera al ${Math.round(idi.percentile)} % de las demás entidades del grupo)` : ""
              }.`}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-sm">
              <caption className="sr-only">Puntaje oficial de la entidad frente a su grupo par</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className="py-1 pr-3 font-medium">Índice</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Puntaje oficial</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Mediana del grupo</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Puesto</th>
                  <th scope="col" className="py-1 font-medium">Percentil</th>
                </tr>
              </thead>
              <tbody>
                {standings.map((s) => (
                  <tr key={s.code} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 text-left font-medium">{nameOf(s.code)}</th>
                    <td className="py-1 pr-3 tabular-nums">{s.score === null ? "No aplica" : formatScore(s.score, 1)}</td>
                    <td className="py-1 pr-3 tabular-nums">{formatScore(s.median, 1)}</td>
                    <td className="py-1 pr-3 tabular-nums">{s.position === null ? "—" : `${s.position} de ${s.groupSize}`}</td>
                    <td className="py-1 tabular-nums">{s.percentile === null ? "—" : Math.round(s.percentile)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-500">
            Puesto 1 = puntaje más alto. Percentil: porcentaje de las demás entidades del grupo con puntaje menor. Las entidades a las que una política no aplica
            no cuentan en esa política.
          </p>
        </>
      )}
    </section>
  );
}
