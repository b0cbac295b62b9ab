import { formatScore } from "@/lib/scoring";
import type { Conflict } from "./use-autosave";

function describe(answer: { score: number | null; notApplicable: boolean; observations: string | null }): string {
  const score = answer.notApplicable ? "No aplica" : formatScore(answer.score);
  return answer.observations ? `${score} — «${answer.observations}»` : score;
}

export function ConflictNotice({ conflict, onResolve }: { conflict: Conflict; onResolve: (choice: "mine" | "theirs") => void }) {
  return (
    <div role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{conflict.theirs.updatedByName ?? "Otra persona"} guardó esta actividad mientras usted la editaba.</p>
      <p>Su valor: {describe(conflict.mine)}</p>
      <p>Valor guardado: {describe(conflict.theirs)}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={() => onResolve("mine")} className="rounded-md bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900">
          Conservar el mío
        </button>
        <button type="button" onClick={() => onResolve("theirs")} className="rounded-md border border-red-300 bg-white px-3 py-1.5 font-semibold text-red-900">
          Usar el guardado
        </button>
      </div>
    </div>
  );
}
