// The app under load, for bench:load and bench:faults: instances started as `npm start` starts
// them, each in its own process group so it can be stopped, or killed outright, with its children.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";

export class AppInstances {
  private readonly processes = new Map<number, ChildProcess>();

  constructor(readonly ports: number[]) {}

  get origins(): string[] {
    return this.ports.map((port) => `http://127.0.0.1:${port}`);
  }

  /** Starts every instance, one after the other: the first builds when needed, the next find the build up to date. */
  async startAll(): Promise<void> {
    for (const port of this.ports) await this.start(port);
  }

  /** `npm start` (scripts/start.ts) on `port`, its output appended to .data/bench-<port>.log; resolves once it serves. */
  async start(port: number): Promise<void> {
    const logFile = `.data/bench-${port}.log`;
    mkdirSync(".data", { recursive: true }); // a fresh clone has no data folder until the first start
    const log = createWriteStream(logFile, { flags: "a" });
    const child = spawn("npx", ["tsx", "scripts/start.ts"], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    this.processes.set(port, child);
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        log.write(chunk);
        output += chunk.toString();
        if (output.includes("ready on")) resolve();
      });
      child.stderr!.on("data", (chunk: Buffer) => log.write(chunk));
      child.on("exit", (code, signal) => reject(new Error(`the app on port ${port} exited (${signal ?? code}) before serving; see ${logFile}`)));
    });
  }

  /** Sends `signal` to every process of the instance on `port` (all of them by default). */
  signal(signal: NodeJS.Signals, port?: number): void {
    for (const [p, child] of this.processes) {
      if (port !== undefined && p !== port) continue;
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
      child.unref();
    }
  }

  stopAll(): void {
    this.signal("SIGTERM");
  }

  /** CPU seconds used so far by the instances' processes (their process groups), from /proc. */
  cpuSeconds(): number {
    const groups = new Set([...this.processes.values()].map((c) => c.pid));
    let ticks = 0;
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        // the fields after "(comm) ": state ppid pgrp ... utime stime are the 3rd and the 12th, 13th
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (groups.has(Number(fields[2]))) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100; // USER_HZ is 100 on Linux
  }
}
