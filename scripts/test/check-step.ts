// A step that is one check (typecheck, lint, build, migrate, seed): header,
// run, then a one-line verdict with its duration, since tsc and eslint print
// nothing at all when they pass.
import { runCommand } from "./run-command";
import { section } from "./section";
import { checkResult, type StepResult } from "./summary";

export async function runCheck(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  title = name,
): Promise<StepResult> {
  section(title);
  const started = Date.now();
  const exitCode = await runCommand(command, args, { env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(exitCode === 0 ? `✔ ${name}: correcto (${seconds} s)` : `✖ ${name}: falló con código ${exitCode} (${seconds} s)`);
  return checkResult(name, exitCode);
}
