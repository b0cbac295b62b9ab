// Which MIPG policy a workbook is about, from the policy name in its title
// ("AUTODIAGNÓSTICO DE GESTIÓN ESTRATÉGICA DE TALENTO HUMANO") and the
// catalog's names ("Gestión Estratégica del Talento Humano"). The official
// titles do not always copy the catalog's wording, so words are compared,
// not whole strings: accents, case, connectives and "gestión"/"política"
// (in almost every name) are ignored, and plural/gender endings are cut.

export type CatalogPolicyName = { code: string; name: string };

const IGNORED = new Set(["a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "los", "para", "por", "y", "gestion", "politica", "autodiagnostico"]);

/** Significant word stems of a name: "Gestión Estratégica del Talento Humano" → estrategic, talent, human. */
export function policyWords(name: string): Set<string> {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !IGNORED.has(word));
  return new Set(words.map((word) => (word.length > 3 ? word.replace(/s$/, "").replace(/[aeo]$/, "") : word)));
}

/**
 * The code of the policy whose name best explains the title: most of the
 * title's words are in it (at least 60 %), and no other policy does as well.
 * Null when none or several fit: the person then chooses the policy.
 */
export function matchPolicyName(title: string, policies: readonly CatalogPolicyName[]): string | null {
  const titleWords = policyWords(title);
  if (titleWords.size === 0) return null;
  const ranked = policies
    .map((policy) => {
      const nameWords = policyWords(policy.name);
      const shared = [...titleWords].filter((word) => nameWords.has(word)).length;
      return { code: policy.code, coverage: shared / titleWords.size, precision: nameWords.size ? shared / nameWords.size : 0 };
    })
    .sort((a, b) => b.coverage - a.coverage || b.precision - a.precision);
  const [best, second] = ranked;
  if (!best || best.coverage < 0.6) return null;
  if (second && second.code !== best.code && second.coverage === best.coverage && second.precision === best.precision) return null;
  return best.code;
}
