import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { departmentName } from "@/lib/platform/dane-departments";

export const metadata: Metadata = { title: "Asesoría departamental" };

/** The advisor's departments; with only one, straight to its workspace. */
export default async function AdvisorHomePage() {
  const user = await getCurrentUser();
  const codes = user.advisorTerritories.map((t) => t.departmentCode).sort();
  if (codes.length === 0) notFound();
  if (codes.length === 1) redirect(`/asesoria/${codes[0]}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-faro-900">Asesoría departamental</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>
            <Link href={`/asesoria/${code}`} className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-faro-800 hover:bg-faro-50">
              {departmentName(code) ?? code} <span className="text-sm text-slate-500">(DANE {code})</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
