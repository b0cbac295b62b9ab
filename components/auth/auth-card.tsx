// The frame of the pages people see before signing in (login, password reset).
export function AuthCard({ title, intro, children }: { title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <main className="grid min-h-screen place-items-center bg-faro-900 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-faro-600">Faro MIPG</p>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">{title}</h1>
        {intro && <div className="mb-6 mt-1 text-sm text-slate-600">{intro}</div>}
        {children}
      </div>
    </main>
  );
}
