import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy } from "./content-security-policy";

describe("buildContentSecurityPolicy", () => {
  it("permite solo scripts propios con el nonce de la petición y prohíbe incrustar la página", () => {
    const csp = buildContentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("solo en desarrollo permite eval (lo necesita la recarga en caliente)", () => {
    expect(buildContentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });
});
