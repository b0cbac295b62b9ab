// Scans a whole file, chunk by chunk, for what plain text must not contain:
// NUL or other binary control bytes, and markup that a browser would run
// (HTML, SVG, scripts). Decides "text" only for valid UTF-8 or Latin-1.
const MARKERS = ["<script", "<html", "<!doctype", "<svg", "<iframe", "<object", "<embed", "<?php", "<body", "<head", "javascript:", "<meta", "<link", "<img", "onload=", "onerror="];
const OVERLAP = 16;

export class TextScanner {
  private utf8 = new TextDecoder("utf-8", { fatal: true });
  private utf8Valid = true;
  private binary = false;
  private markup = false;
  private tail = "";

  push(chunk: Buffer): void {
    if (this.binary) return;
    for (const byte of chunk) {
      // Control bytes other than tab, LF, FF, CR (and ESC, never in text files): binary.
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
        this.binary = true;
        return;
      }
    }
    if (this.utf8Valid) {
      try {
        this.utf8.decode(chunk, { stream: true });
      } catch {
        this.utf8Valid = false; // still acceptable as Latin-1
      }
    }
    // latin1 keeps ASCII markers readable whatever the real encoding.
    const text = (this.tail + chunk.toString("latin1")).toLowerCase();
    if (MARKERS.some((m) => text.includes(m))) this.markup = true;
    this.tail = text.slice(-OVERLAP);
  }

  verdict(): "text" | "markup" | "binary" {
    if (this.binary) return "binary";
    if (this.markup) return "markup";
    return "text";
  }
}
