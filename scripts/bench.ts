// All benchmarks in turn: npm run bench. Runs bench-generate, bench-srs, bench-progress and bench-js (which builds the
// app once), each in its own process, passing their output through, and ends with every `name=value` figure they
// printed, gathered under a heading.
import { spawnSync } from "node:child_process";

const figures: string[] = [];
let failed = false;
// the data layer's scripts import server-only modules, as the server does
const serverSide = new Set(["scripts/bench-progress.ts"]);
for (const script of ["scripts/bench-generate.ts", "scripts/bench-srs.ts", "scripts/bench-progress.ts", "scripts/bench-js.ts"]) {
  console.log(`\n### ${script}`);
  const conditions = serverSide.has(script) ? ["--conditions=react-server"] : [];
  const run = spawnSync(process.execPath, [...process.execArgv, ...conditions, script, ...process.argv.slice(2).filter(() => script.endsWith("bench-srs.ts"))], {
    encoding: "utf8",
    stdio: ["inherit", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout ?? "");
  if (run.status !== 0) {
    console.error(`${script} exited with ${run.status ?? run.signal}`);
    failed = true;
    continue;
  }
  // a figure line is one or more name=value pairs (bench-srs ends with two on one line)
  for (const l of (run.stdout ?? "").split("\n")) if (/^[a-z0-9_]+=\S+( [a-z0-9_]+=\S+)*$/.test(l.trim())) figures.push(l.trim());
}
console.log("\n### figures");
for (const f of figures) console.log(f);
if (failed) process.exitCode = 1;
