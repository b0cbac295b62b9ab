// Puts 125 SYNTHETIC entities of department 05 with official results (19
// policies, one vigencia) into the database at <DATABASE_URL>, for the
// advisor workspace benchmark. Clearly labelled ("Entidad sintética N",
// scope "bench"); never run against a real database.
//
//   npx tsx scripts/bench/prepare-advisor-bench-data.ts <DATABASE_URL> [vigencia=2024]
import { createPrismaClient } from "@/lib/db/prisma";
import { insertOfficialResults } from "@/tests/integration/setup/official-results";

async function main() {
  const [url, vigencia = "2024"] = process.argv.slice(2);
  if (!url) throw new Error("Uso: <DATABASE_URL> [vigencia]");
  const owner = createPrismaClient(url, { asAppRole: false });
  const codes = Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`);
  const rows = Array.from({ length: 125 }, (_, n) => ({
    sigepCode: `BENCH${String(n).padStart(3, "0")}`,
    entityName: `Entidad sintética ${n + 1}`,
    departmentCode: "05",
    idi: 40 + ((n * 13) % 55),
    scores: Object.fromEntries(codes.map((c, i) => [c, (n * 17 + i * 29) % 7 === 0 ? null : 20 + ((n * 31 + i * 47) % 80)])),
  }));
  await insertOfficialResults(owner, Number(vigencia), rows, "bench");
  await owner.$disconnect();
  console.log(`125 entidades sintéticas con resultados ${vigencia} en el departamento 05.`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
