import { spawn } from "node:child_process";

/** Runs a command with inherited output; rejects with a message naming it when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`\`${[command, ...args].join(" ")}\` failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** The same, with the command's stdout and stderr kept quiet unless it fails. */
export function runQuiet(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`\`${[command, ...args].join(" ")}\` failed (exit ${code})`));
    });
  });
}
