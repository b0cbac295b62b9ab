// Runs before every page: sets the per-request CSP nonce. Next.js reads the
// nonce from the request's CSP header and applies it to its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "@/lib/security/content-security-policy";

// Evidence files set their own, stricter headers (download-file.ts): the page
// policy's frame-ancestors 'none' would block the same-origin PDF preview.
const EVIDENCE_FILE = /^\/api\/e\/[0-9a-f-]{36}\/evidencias\/archivos\//i;

export function proxy(request: NextRequest) {
  if (EVIDENCE_FILE.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages only. Static assets need no nonce, and neither do the JSON route
    // handlers under /api (the autosave runs this often: the proxy costs about
    // a millisecond of server time per request); they keep next.config's
    // headers (nosniff, DENY…). next-auth's own routes under /api/auth can
    // answer with HTML, so they keep the page policy.
    { source: "/((?!_next/static|_next/image|favicon.ico|api/(?!auth/)).*)" },
  ],
};
