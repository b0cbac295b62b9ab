import { describe, expect, it } from "vitest";
import { clientIpFromHeaders, UNKNOWN_IP } from "./client-ip";

describe("clientIpFromHeaders", () => {
  it("toma la primera dirección de X-Forwarded-For", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientIpFromHeaders(new Headers({ "X-Forwarded-For": "2001:DB8::1" }))).toBe("2001:db8::1");
  });

  it("quita el puerto y el prefijo IPv4-en-IPv6", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.7:51234" })).toBe("203.0.113.7");
    expect(clientIpFromHeaders({ "x-forwarded-for": "[2001:db8::1]:443" })).toBe("2001:db8::1");
    expect(clientIpFromHeaders({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("sin X-Forwarded-For válido usa X-Real-IP, y si no hay nada, un grupo común", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "basura", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIpFromHeaders({ "x-forwarded-for": ["198.51.100.9"] })).toBe("198.51.100.9");
    expect(clientIpFromHeaders({})).toBe(UNKNOWN_IP);
    expect(clientIpFromHeaders(undefined)).toBe(UNKNOWN_IP);
  });
});
