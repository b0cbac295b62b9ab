import type { Metadata } from "next";
import { AdvisorList } from "@/components/platform/advisor-list";
import { AssignAdvisorForm } from "@/components/platform/assign-advisor-form";
import { PlatformTabs } from "@/components/platform/platform-tabs";
import { listAdvisors } from "@/lib/platform/list-advisors";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";

export const metadata: Metadata = { title: "Plataforma: asesores departamentales" };

export default async function AdvisorsPage() {
  const operatorId = await requirePlatformOperator();
  const advisors = await listAdvisors(operatorId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Plataforma</h1>
        <p className="text-slate-600">Los asesores de cada gobernación acompañan a las entidades de su departamento.</p>
      </div>
      <PlatformTabs current="/plataforma/asesores" />
      <AssignAdvisorForm />
      <section aria-labelledby="advisors-title" className="space-y-3">
        <h2 id="advisors-title" className="text-lg font-semibold text-faro-900">
          Asesores nombrados
        </h2>
        <AdvisorList advisors={advisors} />
      </section>
    </div>
  );
}
