import { describe, expect, it } from "vitest";
import { extensionOf, neutralizeFileName } from "./neutralize-file-name";

describe("neutralizeFileName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\system32\\acta.pdf", "acta.pdf"],
    ["C:\\Users\\ana\\Informe final.docx", "Informe final.docx"],
    ["acta\u0000.pdf", "acta.pdf"],
    ["ac\nta\r.pdf", "acta.pdf"],
    ["factura\u202Efdp.exe", "facturafdp.exe"], // right-to-left override removed: no disguised extension
    ["CON", "_CON"],
    ["nul.txt", "_nul.txt"],
    ["com1.pdf", "_com1.pdf"],
    [".htaccess", "htaccess"],
    ["acta.pdf.   ", "acta.pdf"],
    ['in<for>me:"x"|?.pdf', "in_for_me__x___.pdf"],
    ["", "archivo"],
    ["../", "archivo"],
    ["Acta de comité Nº 3.pdf", "Acta de comité Nº 3.pdf"],
  ])("%j -> %j", (raw, expected) => {
    expect(neutralizeFileName(raw)).toBe(expected);
  });

  it("acorta nombres larguísimos conservando la extensión", () => {
    const name = neutralizeFileName(`${"a".repeat(400)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(180);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  it("extensionOf", () => {
    expect(extensionOf("Acta.PDF")).toBe("pdf");
    expect(extensionOf("sin-extension")).toBe("");
  });
});
