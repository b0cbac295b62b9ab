// A labelled input with its hint and its error messages, wired for screen
// readers (aria-invalid, aria-describedby).
type Props = {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  maxLength?: number;
};

export function FormField({ id, name, label, type = "text", autoComplete, defaultValue, hint, errors, required, maxLength }: Props) {
  const hintId = hint ? `${id}-ayuda` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 w-full rounded-md border px-3 py-2 text-base ${errorId ? "border-red-500" : "border-slate-300"}`}
      />
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-slate-500">
          {hint}
        </p>
      )}
      {errorId && (
        <ul id={errorId} className="mt-1 space-y-0.5 text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
