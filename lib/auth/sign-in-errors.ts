// What the login form says for each way a sign-in can fail. next-auth v4
// hands the form an error code (its own, or the message `authorize` threw);
// this module is the one place that turns codes into Spanish. No server
// imports: the login form (a client component) uses it.

/** Codes our `authorize` throws (next-auth passes them to the form as `error`). */
export const SIGN_IN_ERROR_CODES = { tooManyAttempts: "TooManyAttempts" } as const;

export const TOO_MANY_ATTEMPTS_MESSAGE =
  "Demasiados intentos fallidos. Por seguridad, espere 15 minutos o restablezca su contraseña.";

export const WRONG_CREDENTIALS_MESSAGE = "Correo o contraseña incorrectos.";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: WRONG_CREDENTIALS_MESSAGE,
  [SIGN_IN_ERROR_CODES.tooManyAttempts]: TOO_MANY_ATTEMPTS_MESSAGE,
  SessionRequired: "Inicie sesión para continuar.",
  // OIDC: the identity provider said yes, but there is no active person with that e-mail here.
  AccessDenied:
    "Su cuenta institucional no tiene acceso a Faro MIPG. Pida al administrador de su entidad que lo invite con ese mismo correo.",
  OAuthSignin: "No fue posible conectar con el proveedor de identidad. Intente de nuevo.",
  OAuthCallback: "El proveedor de identidad no completó el inicio de sesión. Intente de nuevo.",
  Callback: "No fue posible completar el inicio de sesión. Intente de nuevo.",
};

const FALLBACK = "No fue posible iniciar sesión. Intente de nuevo.";

export function signInErrorMessage(code: string | null | undefined): string {
  if (!code) return FALLBACK;
  return Object.hasOwn(MESSAGES, code) ? MESSAGES[code]! : FALLBACK;
}
