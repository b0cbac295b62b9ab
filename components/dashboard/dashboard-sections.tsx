// Renders the dashboard's sections in the registry's order; a kind without a
// component here is a type error, so no section is silently dropped.
//
// Links in the sections are plain anchors, not next/link: the tablero carries
// ~90 of them (every policy, plan, finding), and next/link would prefetch each
// one in view over a phone's connection and cost server time to render.
import type { Dashboard, DashboardSection } from "@/lib/dashboard/types";
import { ActionPlansSectionView } from "./action-plans-section";
import { EvidenceReviewSectionView } from "./evidence-review-section";
import { FuragReadinessSectionView } from "./furag-readiness-section";
import { OfficialResultsSectionView } from "./official-results-section";
import { OpenFindingsSectionView } from "./open-findings-section";
import { PolicyScoresSectionView } from "./policy-scores-section";
import { ProgressSectionView } from "./progress-section";

function SectionView({ section, entityId }: { section: DashboardSection; entityId: string }) {
  switch (section.kind) {
    case "policy-scores":
      return <PolicyScoresSectionView section={section} entityId={entityId} />;
    case "self-assessment-progress":
      return <ProgressSectionView section={section} entityId={entityId} />;
    case "evidence-review":
      return <EvidenceReviewSectionView section={section} entityId={entityId} />;
    case "open-findings":
      return <OpenFindingsSectionView section={section} entityId={entityId} />;
    case "furag-readiness":
      return <FuragReadinessSectionView section={section} entityId={entityId} />;
    case "official-results":
      return <OfficialResultsSectionView section={section} entityId={entityId} />;
    case "action-plans":
      return <ActionPlansSectionView section={section} entityId={entityId} />;
    default: {
      const missing: never = section;
      return missing;
    }
  }
}

/** Heading ids and names of the sections, for the jump links at the top (a long page on a phone). */
const SECTION_ANCHORS: Record<DashboardSection["kind"], { id: string; name: string }> = {
  "policy-scores": { id: "policy-scores", name: "Puntajes" },
  "self-assessment-progress": { id: "progress", name: "Avance" },
  "evidence-review": { id: "evidence-review", name: "Evidencias" },
  "open-findings": { id: "open-findings", name: "Hallazgos abiertos" },
  "furag-readiness": { id: "furag-readiness", name: "Preparación FURAG" },
  "official-results": { id: "official-results", name: "Resultados oficiales" },
  "action-plans": { id: "action-plans", name: "Planes de acción" },
};

export function DashboardSections({ dashboard, entityId }: { dashboard: Dashboard; entityId: string }) {
  return (
    <div className="space-y-10">
      <nav aria-label="Secciones del tablero">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {dashboard.sections.map((s) => (
            <li key={s.kind}>
              <a href={`#${SECTION_ANCHORS[s.kind].id}`} className="font-medium text-faro-700 underline underline-offset-2 hover:text-faro-900">
                {SECTION_ANCHORS[s.kind].name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {dashboard.sections.map((section) => (
        <SectionView key={section.kind} section={section} entityId={entityId} />
      ))}
    </div>
  );
}
