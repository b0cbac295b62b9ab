"use client";

// What a person sees when a page fails unexpectedly: a short Spanish message
// and the error id the server logged, to quote to support.
export function ErrorPanel({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    // The outer padding keeps the card off the screen's edges on a phone.
    <div className="px-4">
      <div role="alert" className="mx-auto my-16 max-w-md rounded-xl border border-red-200 bg-white p-6 text-center shadow">
        <h1 className="text-xl font-semibold text-red-800">Algo salió mal</h1>
        <p className="mt-2 text-slate-700">No pudimos completar la operación. Intente de nuevo en unos segundos.</p>
        {digest && (
          <p className="mt-2 text-sm text-slate-500">
            Código del error: <code className="font-mono">{digest}</code>
          </p>
        )}
        <button type="button" onClick={onRetry} className="mt-4 rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Intentar de nuevo
        </button>
      </div>
    </div>
  );
}
