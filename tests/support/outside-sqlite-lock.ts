import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readlinkSync } from "node:fs";

/** How many files this process has open on the database (the file, -wal, -shm): a leaked connection adds more. */
export function countOpenFiles(file: string): number {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(file);
    } catch {
      return false;
    }
  }).length;
}

// Another process holding a transaction on the app's SQLite file, as a backup, the sqlite3 shell or
// `npm run db:import` on a serving database do. It must be a separate process: SQLite drivers
// for Node wait for a lock synchronously, so a holder on the same event loop could never release.
const HOLDER = `
const [file, mode, ms] = process.argv.slice(1);
const Database = require("better-sqlite3");
const db = new Database(file, { timeout: 30000 });
if (mode === "write") {
  db.exec("BEGIN IMMEDIATE");
} else {
  db.exec("BEGIN");
  db.prepare("SELECT count(*) FROM sqlite_master").get();
}
process.stdout.write("locked\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, Number(ms));
`;

export interface OutsideLock {
  /** resolves once the holder has committed and closed its connection */
  released: Promise<void>;
  process: ChildProcess;
}

/** Starts a process that holds a read (`BEGIN` + `SELECT`) or write (`BEGIN IMMEDIATE`) transaction for `ms`. */
export function holdSqliteLock(file: string, mode: "read" | "write", ms: number): Promise<OutsideLock> {
  const child = spawn(process.execPath, ["-e", HOLDER, file, mode, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  let onLocked: () => void = () => {};
  const locked = new Promise<void>((resolve) => (onLocked = resolve));
  const released = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("locked\n")) onLocked();
    });
    child.on("exit", (code) => (code === 0 && output.includes("released") ? resolve() : reject(new Error(`the ${mode} lock holder exited with ${code}`))));
  });
  return Promise.race([locked, released.then(() => Promise.reject(new Error("the lock holder exited early")))]).then(() => ({ released, process: child }));
}
