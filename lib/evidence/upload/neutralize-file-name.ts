// The name a person's file is shown and downloaded under. It is only ever a
// label (bytes live under random keys), but it still ends up in headers and
// on other people's disks, so paths, control characters, characters Windows
// refuses and reserved device names are removed.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 180;

export function neutralizeFileName(raw: string): string {
  // Only the last path segment: "../../etc/passwd" -> "passwd", "C:\\x\\a.pdf" -> "a.pdf".
  const base = raw.split(/[\\/]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    // Leading dots hide files or walk up a tree; trailing dots and spaces Windows drops.
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
    name = name.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return name || "archivo";
}

/** The extension of a neutralised name, lower-cased without the dot ("" if none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}
