import { AdvisorTabs } from "@/components/advisor/advisor-tabs";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";

type Props = { children: React.ReactNode; params: Promise<{ departmentCode: string }> };

/** Only an advisor of this department gets past here; anyone else sees 404. */
export default async function AdvisorLayout({ children, params }: Props) {
  const { departmentCode } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  return (
    <div className="space-y-5">
      <div>
        <p className="text-sm text-slate-600">Asesoría MIPG · departamento de {ctx.departmentName}</p>
        <AdvisorTabs basePath={`/asesoria/${departmentCode}`} />
      </div>
      {children}
    </div>
  );
}
