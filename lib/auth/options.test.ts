import type { Account, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { buildAuthOptions, SESSION_MAX_AGE_SECONDS } from "./options";

const OIDC_ENV = {
  OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
  OIDC_CLIENT_ID: "faro",
  OIDC_CLIENT_SECRET: "secreto",
  OIDC_NAME: "Azure AD de la entidad",
};

const oidcAccount = { provider: "oidc", type: "oauth", providerAccountId: "sub-1" } as Account;

type SignInArgs = Parameters<NonNullable<ReturnType<typeof buildAuthOptions>["callbacks"]>["signIn"] & object>[0];
type JwtArgs = Parameters<NonNullable<ReturnType<typeof buildAuthOptions>["callbacks"]>["jwt"] & object>[0];

describe("authOptions", () => {
  it("las sesiones duran 8 horas y la cookie se renueva antes de que venzan", () => {
    const { session } = buildAuthOptions({ env: {} });
    expect(session).toMatchObject({ strategy: "jwt", maxAge: 8 * 60 * 60 });
    expect(session!.updateAge).toBeGreaterThan(0);
    expect(session!.updateAge).toBeLessThan(session!.maxAge!);
    expect(buildAuthOptions({ env: {} }).pages).toEqual({ signIn: "/login", error: "/login" });
  });

  it("sin variables OIDC solo está el ingreso con correo y contraseña", () => {
    const ids = buildAuthOptions({ env: { OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "faro" } }).providers.map((p) => p.id);
    expect(ids).toEqual(["credentials"]);
  });

  it("con OIDC_ISSUER, OIDC_CLIENT_ID y OIDC_CLIENT_SECRET agrega el proveedor OIDC", () => {
    const providers = buildAuthOptions({ env: OIDC_ENV }).providers;
    expect(providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
    const oidc = providers[1]! as unknown as Record<string, unknown>;
    expect(oidc).toMatchObject({
      type: "oauth",
      name: "Azure AD de la entidad",
      wellKnown: "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
      clientId: "faro",
      clientSecret: "secreto",
    });
  });

  it("OIDC no admite correos que no son de una persona activa (no hay autorregistro)", async () => {
    const findActiveUserByEmail = vi.fn(async (email: string) => (email === "ana@rionegro.gov.co" ? { id: "user-ana" } : null));
    const { callbacks } = buildAuthOptions({ env: OIDC_ENV, findActiveUserByEmail });
    const stranger = { id: "sub-x", email: "Nadie@Rionegro.gov.co" } as User;
    expect(await callbacks!.signIn!({ user: stranger, account: oidcAccount } as SignInArgs)).toBe(false);
    expect(findActiveUserByEmail).toHaveBeenCalledWith("nadie@rionegro.gov.co");
    expect(await callbacks!.signIn!({ user: { id: "sub-y", email: null } as User, account: oidcAccount } as SignInArgs)).toBe(false);
  });

  it("OIDC con el correo de una persona activa entra como esa persona", async () => {
    const { callbacks } = buildAuthOptions({ env: OIDC_ENV, findActiveUserByEmail: async () => ({ id: "user-ana" }), nowSeconds: () => 1_000 });
    const user = { id: "sub-1", email: "ana@rionegro.gov.co" } as User;
    expect(await callbacks!.signIn!({ user, account: oidcAccount } as SignInArgs)).toBe(true);
    const token = await callbacks!.jwt!({ token: { sub: "sub-1" }, user, account: oidcAccount } as JwtArgs);
    expect(token.userId).toBe("user-ana");
  });

  it("el ingreso con contraseña no consulta la lista de OIDC", async () => {
    const findActiveUserByEmail = vi.fn();
    const { callbacks } = buildAuthOptions({ env: OIDC_ENV, findActiveUserByEmail });
    const account = { provider: "credentials", type: "credentials", providerAccountId: "u1" } as Account;
    expect(await callbacks!.signIn!({ user: { id: "u1" } as User, account } as SignInArgs)).toBe(true);
    expect(findActiveUserByEmail).not.toHaveBeenCalled();
  });

  it("una sesión deja de valer 8 horas después de iniciarla, aunque se haya renovado", async () => {
    let now = 10_000;
    const { callbacks } = buildAuthOptions({ env: {}, nowSeconds: () => now });
    const signedIn = await callbacks!.jwt!({ token: {}, user: { id: "u1" } as User } as JwtArgs);
    expect(signedIn.userId).toBe("u1");
    now += SESSION_MAX_AGE_SECONDS - 60;
    expect((await callbacks!.jwt!({ token: { ...signedIn } as JWT } as JwtArgs)).userId).toBe("u1");
    now += 120;
    expect((await callbacks!.jwt!({ token: { ...signedIn } as JWT } as JwtArgs)).userId).toBeUndefined();
    const session = await callbacks!.session!({ session: { user: { name: "x" }, expires: "" }, token: { ...signedIn, userId: undefined } } as never);
    expect((session.user as { id?: string }).id).toBeUndefined();
  });
});
