// Type decisions from content: file-type's verdict on the first bytes plus the
// text scan; the name only distinguishes CSV from text and legacy Office.
import { fileTypeFromBuffer } from "file-type";
import { describe, expect, it } from "vitest";
import { decideMediaType, isInlineType } from "./allowed-types";
import { TextScanner } from "./text-scan";

function scan(...chunks: (string | Buffer)[]) {
  const scanner = new TextScanner();
  for (const c of chunks) scanner.push(typeof c === "string" ? Buffer.from(c, "utf8") : c);
  return scanner.verdict();
}

async function decide(bytes: Buffer, name: string) {
  return decideMediaType((await fileTypeFromBuffer(bytes))?.ext, name, scan(bytes));
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

describe("decideMediaType", () => {
  it("acepta PDF e imágenes por su contenido, sin importar el nombre", async () => {
    expect(await decide(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "cualquiera.bin")).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(await decide(PNG, "foto.jpg")).toEqual({ ok: true, mediaType: "image/png" });
  });

  it("rechaza un ejecutable con nombre .pdf", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);
    expect(await decide(exe, "acta.pdf")).toMatchObject({ ok: false, reason: expect.stringMatching(/ejecutables/) });
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]);
    expect(await decide(elf, "acta.pdf")).toMatchObject({ ok: false, reason: expect.stringMatching(/ejecutables/) });
  });

  it("rechaza HTML, SVG y XML aunque se llamen .txt", async () => {
    expect(await decide(Buffer.from("<!doctype html><p>hola"), "nota.txt")).toMatchObject({ ok: false });
    expect(await decide(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), "logo.txt")).toMatchObject({ ok: false });
    expect(await decide(Buffer.from("<svg onload=alert(1)>"), "logo.csv")).toMatchObject({ ok: false });
  });

  it("acepta texto UTF-8 o Latin-1 limpio; CSV por su nombre", async () => {
    expect(await decide(Buffer.from("año;avance\n2025;80\n"), "avance.csv")).toEqual({ ok: true, mediaType: "text/csv" });
    expect(await decide(Buffer.from("Informe de gesti\xf3n", "latin1"), "informe.txt")).toEqual({ ok: true, mediaType: "text/plain" });
  });

  it("rechaza binarios desconocidos (bytes NUL) y ZIP que no son Office/OpenDocument", async () => {
    expect(await decide(Buffer.from([0x01, 0x02, 0x00, 0x03]), "datos.txt")).toMatchObject({ ok: false, reason: expect.stringMatching(/No reconocemos/) });
    expect(decideMediaType("zip", "fotos.zip", "binary")).toMatchObject({ ok: false, reason: expect.stringMatching(/comprimidos/) });
  });

  it("Office antiguo (CFB) solo con nombre de Office; OOXML y ODF por su contenido", () => {
    expect(decideMediaType("cfb", "acta.doc", "binary")).toEqual({ ok: true, mediaType: "application/msword" });
    expect(decideMediaType("cfb", "instalador.msi", "binary")).toMatchObject({ ok: false });
    expect(decideMediaType("xlsx", "x.bin", "binary")).toMatchObject({ ok: true, mediaType: expect.stringContaining("spreadsheetml") });
    expect(decideMediaType("odt", "x", "binary")).toMatchObject({ ok: true, mediaType: "application/vnd.oasis.opendocument.text" });
  });

  it("marcas partidas entre dos trozos también se detectan", () => {
    expect(scan("texto normal <scr", "ipt>alert(1)</script>")).toBe("markup");
  });

  it("solo PDF e imágenes se muestran en línea", () => {
    expect(isInlineType("application/pdf")).toBe(true);
    expect(isInlineType("image/webp")).toBe(true);
    expect(isInlineType("text/plain")).toBe(false);
  });
});
