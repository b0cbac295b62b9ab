// The app reads its database from DATABASE_URL only. `npm run demo` sets it to
// the embedded server when the user did not give one.
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL no está definida. Use `npm run demo` (base de datos embebida) o defina DATABASE_URL con su servidor PostgreSQL. / DATABASE_URL is not set: run `npm run demo` or point DATABASE_URL at your PostgreSQL server.",
    );
  }
  return url;
}
