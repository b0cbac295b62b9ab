import Link from "next/link";

export default function NotFound() {
  return (
    <main className="grid min-h-[70vh] place-items-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-faro-600">Error 404</p>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Página no encontrada</h1>
        <p className="mt-2 text-slate-600">La página que busca no existe o usted no tiene acceso a ella.</p>
        <Link href="/" className="mt-6 inline-block rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Volver al inicio
        </Link>
      </div>
    </main>
  );
}
