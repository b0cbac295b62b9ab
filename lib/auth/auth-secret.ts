// The secret that signs session cookies. Production refuses to run without
// one (instrumentation.ts); `npm run demo` writes one into .env.local.
export function getAuthSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

export function assertAuthSecret(): void {
  const secret = getAuthSecret();
  if (process.env.NODE_ENV === "production" && (!secret || secret.length < 32)) {
    throw new Error(
      "AUTH_SECRET no está definido (o tiene menos de 32 caracteres). Genere uno con `openssl rand -base64 32` y defínalo en el entorno o en .env.local. / AUTH_SECRET is missing or too short.",
    );
  }
}
