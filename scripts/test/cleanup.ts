// One place that undoes what the harness started (test cluster, Next server,
// temp dirs), newest first. It runs on the normal path and also on Ctrl-C,
// SIGTERM from CI or a crash, so no postgres process or temp dir outlives us.
// Cleanup functions are synchronous on purpose: they must also work inside a
// signal handler or process.on("exit"), where awaiting is not possible.
type CleanupFn = () => void;

const tasks: { label: string; fn: CleanupFn }[] = [];
let installed = false;

/** Registers `fn`; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(label: string, fn: CleanupFn): () => void {
  installSignalHandlers();
  const task = { label, fn };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index === -1) return;
    tasks.splice(index, 1);
    fn();
  };
}

export function runAllCleanups(): void {
  while (tasks.length > 0) {
    const task = tasks.pop();
    if (!task) break;
    try {
      task.fn();
    } catch (error) {
      console.error(`No se pudo limpiar ${task.label}: ${(error as Error).message}`);
    }
  }
}

let interrupted = false;

/** True once Ctrl-C/SIGTERM arrived: steps must not start new work. */
export function isInterrupted(): boolean {
  return interrupted;
}

// tsx runs us in a child process and relays signals with a handshake: if we
// do not acknowledge within ~30 ms (its hidden handler answers only while our
// event loop is free), it SIGKILLs us. Cleanup is synchronous and stopping
// PostgreSQL can take a second, so it waits until the handshake is over.
const HANDSHAKE_GRACE_MS = 250;

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  const exitCodes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(exitCodes) as [NodeJS.Signals, number][]) {
    // `on`, not `once`: a second Ctrl-C while cleaning up must not kill us half-way.
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n✖ Interrumpido (${signal}): limpiando…`);
      setTimeout(() => {
        runAllCleanups();
        process.exit(code);
      }, HANDSHAKE_GRACE_MS);
    });
  }
  process.once("exit", runAllCleanups);
}
