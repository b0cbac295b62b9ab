export function NoQuestionnaire() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold text-faro-900">FURAG</h1>
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
        Aún no hay un cuestionario FURAG cargado. El operador de la plataforma lo importa desde el banco de preguntas de Función Pública.
      </p>
    </div>
  );
}
