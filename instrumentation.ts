// Start-up checks of the production server: refuse to serve without a session
// secret, a reachable database or with pending migrations, and say what to do.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { runStartupChecks } = await import("./lib/startup-checks");
  await runStartupChecks();
}
