// THE password rules: every form that sets a password (invitation, reset,
// profile) validates with ZNewPassword, in the browser for immediate feedback
// and again on the server, where `email` comes from the database (the account
// the password is for), never from the browser.
//
//   ZNewPassword.parse({ email: user.email, password, confirmPassword })
//
// Errors land on `password` or `confirmPassword`, one Spanish message per rule.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** What the forms show under the field, before anyone types. */
export const PASSWORD_RULES_HINT =
  "Al menos 12 caracteres, con letras y números. No use su correo ni contraseñas comunes. Una frase larga es fácil de recordar y difícil de adivinar.";

// Passwords of 12+ characters with letters and digits that still top the
// leaked-password lists (and their Spanish cousins). Compared lower-cased.
const COMMON_PASSWORDS = new Set([
  "password1234",
  "password12345",
  "password123456",
  "passw0rd1234",
  "contraseña123",
  "contraseña1234",
  "contrasena123",
  "contrasena1234",
  "qwerty123456",
  "qwertyuiop123",
  "qwertyuiop1234",
  "asdfghjkl123",
  "123456789abc",
  "abc123456789",
  "abcd12345678",
  "1234567890ab",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "zaq12wsxcde3",
  "iloveyou1234",
  "bienvenido123",
  "bienvenido1234",
  "bienvenida123",
  "bienvenida1234",
  "welcome12345",
  "welcome123456",
  "administrador1",
  "administrador123",
  "admin1234567",
  "admin12345678",
  "colombia1234",
  "colombia2024",
  "colombia2025",
  "colombia2026",
  "alcaldia1234",
  "alcaldia2024",
  "alcaldia2025",
  "alcaldia2026",
  "gobernacion123",
  "gobernacion2025",
  "gobernacion2026",
  "planeacion123",
  "planeacion2025",
  "planeacion2026",
  "mipg12345678",
  "furag2025mipg",
  "faromipg1234",
  "teamo1234567",
  "superman1234",
  "football1234",
  "futbol123456",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/** "ana.perez" of "ana.perez@rionegro.gov.co", if long enough to mean something. */
function emailLocalPart(email: string): string | null {
  const local = email.trim().toLowerCase().split("@")[0] ?? "";
  return local.length >= 3 ? local : null;
}

const ZPasswordText = z
  .string({ error: "Escriba la nueva contraseña." })
  .min(PASSWORD_MIN_LENGTH, { error: `La contraseña debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres.` })
  .max(PASSWORD_MAX_LENGTH, { error: `La contraseña no puede tener más de ${PASSWORD_MAX_LENGTH} caracteres.` })
  .regex(/\p{L}/u, { error: "La contraseña debe tener al menos una letra." })
  .regex(/\p{Nd}/u, { error: "La contraseña debe tener al menos un número." })
  .refine((password) => !isCommonPassword(password), {
    error: "Esa contraseña es de las más usadas y fáciles de adivinar. Elija otra.",
  });

export const ZNewPassword = z
  .object({
    /** The e-mail of the account the password is for. */
    email: z.string(),
    password: ZPasswordText,
    confirmPassword: z.string({ error: "Repita la nueva contraseña." }),
  })
  .superRefine(({ email, password, confirmPassword }, ctx) => {
    const local = emailLocalPart(email);
    if (local && password.toLowerCase().includes(local)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "La contraseña no puede contener su correo electrónico." });
    }
    if (password !== confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Las dos contraseñas no coinciden." });
    }
  });

export type NewPasswordInput = z.infer<typeof ZNewPassword>;
