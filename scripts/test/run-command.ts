// Runs a child process with the terminal's stdout/stderr, so its own output
// (tsc errors, vitest reporter…) reaches the developer and the CI log unchanged.
import { spawn, type ChildProcess } from "node:child_process";
import { isInterrupted, onCleanup } from "./cleanup";

export type CommandOptions = { env?: NodeJS.ProcessEnv; cwd?: string };

/** Resolves with the exit code (signals map to 1); never rejects. */
export function runCommand(command: string, args: string[], options: CommandOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    if (isInterrupted()) {
      resolve(130);
      return;
    }
    let child: ChildProcess;
    try {
      child = spawn(command, args, { stdio: "inherit", env: options.env ?? process.env, cwd: options.cwd });
    } catch (error) {
      console.error(`No se pudo ejecutar ${command}: ${(error as Error).message}`);
      resolve(1);
      return;
    }
    // On Ctrl-C the child gets SIGINT from the terminal too, but on SIGTERM
    // (CI cancelling the job) only we do: pass it on.
    const forget = onCleanup(command, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    });
    child.once("error", (error) => {
      console.error(`No se pudo ejecutar ${command}: ${error.message}`);
    });
    child.once("close", (code) => {
      forget();
      resolve(code ?? 1);
    });
  });
}

/** Path of a binary installed in node_modules/.bin (no npx: it may try the network). */
export function localBin(name: string): string {
  return `${process.cwd()}/node_modules/.bin/${name}`;
}
