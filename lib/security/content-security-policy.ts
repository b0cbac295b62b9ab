// Builds the Content-Security-Policy for one response. Scripts need the
// per-request nonce (Next.js streams inline scripts for hydration); style
// attributes (charts, progress bars) cannot carry a nonce, hence
// 'unsafe-inline' for styles only.
export function buildContentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
  ].join("; ");
}
