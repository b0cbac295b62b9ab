import type { NextConfig } from "next";

// Headers that do not depend on the request. The Content-Security-Policy needs
// a fresh nonce per request, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // The test harness builds into its own folder so `npm test` and a running
  // demo never overwrite each other's build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole repository (app, scripts, tests) first;
  // repeating it inside every build only slows the demo down.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages that must not be bundled (WASM, native bindings).
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "exceljs", "pdfkit", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
