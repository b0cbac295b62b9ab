// The signed-in person changes their password: the current one first (a
// session left open on a shared computer must not be enough), then the same
// rules as everywhere (ZNewPassword). Nothing changes unless all checks pass.
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-rules";
import { withUser } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { UnauthenticatedError, ValidationError } from "@/lib/errors/app-error";
import type { ChangeOwnPasswordInput } from "./profile-schemas";

function refuse(field: keyof ChangeOwnPasswordInput, message: string): never {
  throw new ValidationError("Revise los datos enviados.", { [field]: [message] });
}

export async function changeOwnPassword(userId: string, input: ChangeOwnPasswordInput, client?: Db): Promise<{ changed: true }> {
  const user = await withUser(
    userId,
    (db) => db.user.findUnique({ where: { id: userId }, select: { email: true, isActive: true, passwordHash: true } }),
    client,
  );
  if (!user?.isActive) throw new UnauthenticatedError();
  if (!user.passwordHash) {
    refuse("currentPassword", "Su cuenta todavía no tiene contraseña: use «¿Olvidó su contraseña?» en la página de inicio de sesión.");
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    refuse("currentPassword", "La contraseña actual no es correcta.");
  }
  ZNewPassword.parse({ email: user.email, password: input.password, confirmPassword: input.confirmPassword });
  if (input.password === input.currentPassword) refuse("password", "La nueva contraseña debe ser distinta de la actual.");

  const passwordHash = await hashPassword(input.password);
  await withUser(userId, (db) => db.user.update({ where: { id: userId }, data: { passwordHash } }), client);
  return { changed: true };
}
