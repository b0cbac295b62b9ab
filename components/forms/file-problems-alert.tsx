// What is wrong with an uploaded file: the message, then one line per
// problem (row, column or place in the file). Nothing was saved.
export function FileProblemsAlert({ message, lines }: { message: string; lines: string[] }) {
  return (
    <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-medium">{message}</p>
      {lines.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {lines.map((line) => (
            <li key={line} className="break-words">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
