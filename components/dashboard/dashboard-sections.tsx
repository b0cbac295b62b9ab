// Renders the dashboard's sections in the registry's order; a kind without a
// component here is a type error, so no section is silently dropped.
import type { Dashboard, DashboardSection } from "@/lib/dashboard/types";
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
    default: {
      const missing: never = section;
      return missing;
    }
  }
}

export function DashboardSections({ dashboard, entityId }: { dashboard: Dashboard; entityId: string }) {
  return (
    <div className="space-y-10">
      {dashboard.sections.map((section) => (
        <SectionView key={section.kind} section={section} entityId={entityId} />
      ))}
    </div>
  );
}
