// The address a sign-in comes from, for throttling by address. Behind a
// reverse proxy the client is the first entry of X-Forwarded-For; `next start`
// fills that header from the socket when nothing in front of it did, so the
// socket address arrives the same way. Only well-formed IPs are kept: a
// header full of junk must not create a fresh bucket per request.
import { isIP } from "node:net";

/** The bucket for requests whose address cannot be told. */
export const UNKNOWN_IP = "desconocida";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function normalizeIp(candidate: string | undefined): string | null {
  if (!candidate) return null;
  let value = candidate.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" (some proxies add the port)
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // IPv4 seen through an IPv6 socket.
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

export function clientIpFromHeaders(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0];
  return normalizeIp(forwarded) ?? normalizeIp(header(headers, "x-real-ip")) ?? UNKNOWN_IP;
}
