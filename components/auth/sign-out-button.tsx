"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md border border-white/30 px-3 py-1.5 text-sm text-white hover:bg-white/10"
    >
      Cerrar sesión
    </button>
  );
}
