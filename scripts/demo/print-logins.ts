import {
  DEMO_ADVISOR_EMAIL,
  DEMO_ENTITIES,
  DEMO_MULTI_ENTITY_EMAIL,
  DEMO_PASSWORD,
  DEMO_ROLES,
  DEMO_SUPERADMIN_EMAIL,
  demoEmail,
} from "@/prisma/seed/demo-data";

export function printDemoLogins(url: string): void {
  const lines = [
    "",
    "══════════════════════════════════════════════════════════════════════",
    `  Faro MIPG está listo en ${url}`,
    `  Contraseña de todos los usuarios de demostración: ${DEMO_PASSWORD}`,
    "══════════════════════════════════════════════════════════════════════",
  ];
  for (const { slug, entity } of DEMO_ENTITIES) {
    lines.push(`  ${entity.name}`);
    for (const { role, label } of DEMO_ROLES) lines.push(`    ${label.padEnd(46)} ${demoEmail(role, slug)}`);
  }
  lines.push(
    "  Otros perfiles",
    `    ${"Asesor departamental (Antioquia)".padEnd(46)} ${DEMO_ADVISOR_EMAIL}`,
    `    ${"Operador de la plataforma (superadmin)".padEnd(46)} ${DEMO_SUPERADMIN_EMAIL}`,
    `    ${"Planeación en Rionegro y control interno en Guarne".padEnd(46)} ${DEMO_MULTI_ENTITY_EMAIL}`,
    "",
    "  Ctrl+C detiene el servidor; los datos quedan guardados en .data/",
    "",
  );
  console.log(lines.join("\n"));
}
