import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Faro MIPG", template: "%s · Faro MIPG" },
  description: "Autodiagnósticos, FURAG, evidencias y planes de acción del MIPG para entidades públicas.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#164d73" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so Next.js can
  // put the CSP nonce set by proxy.ts on its scripts (a prerendered page
  // would carry none and the browser would block its scripts).
  await headers();
  return (
    <html lang="es-CO">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
