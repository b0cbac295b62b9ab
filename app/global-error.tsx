"use client";

import "./globals.css";
import { ErrorPanel } from "@/components/shell/error-panel";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="es-CO">
      <body className="min-h-screen font-sans">
        <ErrorPanel digest={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
