"use client";

// A one-time link for the admin or operator to hand over: shown in full,
// with a copy button, when it expires, and whether it was also e-mailed.
import { useRef, useState } from "react";
import { formatDateTime } from "@/lib/format/dates";

type Props = { title: string; url: string; expiresAt: Date; emailed: boolean; email: string };

export function LinkPanel({ title, url, expiresAt, emailed, email }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission (old browser, http): select it for Ctrl+C.
      input.current?.select();
    }
  }

  return (
    <div role="status" className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950">
      <p className="font-semibold">{title}</p>
      <p>
        {emailed
          ? `Se envió por correo a ${email}. También puede copiarlo y entregarlo usted.`
          : `No se envió correo (el servidor de correo no está configurado): copie el enlace y entrégueselo a ${email} por un medio seguro.`}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label className="sr-only" htmlFor="one-time-link">
          Enlace de un solo uso
        </label>
        <input
          id="one-time-link"
          ref={input}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <button type="button" onClick={copy} className="shrink-0 rounded-md bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800">
          {copied ? "¡Copiado!" : "Copiar enlace"}
        </button>
      </div>
      <p className="text-emerald-900">Sirve una sola vez y vence el {formatDateTime(expiresAt)} (hora de Colombia).</p>
    </div>
  );
}
