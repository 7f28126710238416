/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) as the bench notes need it: self time by package (or app file) and by
 * function, and the inclusive time of the frames named with --focus, so "where does an answer's CPU go" is one
 * command instead of a browser's devtools.
 *
 * Usage: npx tsx scripts/cpuprofile-summary.ts <file.cpuprofile> [--top 30] [--focus name,name...] [--window file.json:phase]
 *   --window  only the samples within one phase's span, from a windows.json written by bench:load --cpu-prof
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "30" }, focus: { type: "string", default: "" }, window: { type: "string" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: cpuprofile-summary.ts <file.cpuprofile> [--top 30] [--focus a,b]");
const top = Number(args.top);
const focus = args.focus.split(",").filter(Boolean);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

/** Where a frame's code lives: an npm package, a file of the app (or its build), node itself, or V8's own work. */
function placeOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const next = /\.next\/server\/(.*)$/.exec(url);
  if (next) return ".next/server/" + next[1]!.replace(/\/[^/]*$/, "/…");
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

// Sample times are on the monotonic clock (microseconds), as bench:load's phase windows are.
let span = { fromUs: -Infinity, toUs: Infinity };
if (args.window) {
  const [windowFile, phase] = [args.window.slice(0, args.window.lastIndexOf(":")), args.window.slice(args.window.lastIndexOf(":") + 1)];
  const found = (JSON.parse(readFileSync(windowFile, "utf8")) as { phase: string; fromUs: number; toUs: number }[]).find((w) => w.phase === phase);
  if (!found) throw new Error(`no phase ${phase} in ${windowFile}`);
  span = found;
}
const selfMs = new Map<number, number>();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= span.fromUs && at <= span.toUs) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfMs].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((a, [, ms]) => a + ms, 0);
const busy = total - idle;

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const places = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === "(idle)") continue;
  add(places, placeOf(url, functionName), ms);
  add(functions, `${functionName || "(anonymous)"}  ${placeOf(url, functionName)}:${lineNumber + 1}`, ms);
}

// Inclusive time of each focused name: a sample counts once if any frame of its stack matches.
const inclusive = new Map<string, number>();
if (focus.length > 0) {
  const stackMatches = new Map<number, Set<string>>();
  const matchesOf = (id: number): Set<string> => {
    const known = stackMatches.get(id);
    if (known) return known;
    const parent = parentOf.get(id);
    const set = new Set(parent === undefined ? [] : matchesOf(parent));
    const { functionName, url } = byId.get(id)!.callFrame;
    for (const f of focus) if (functionName.includes(f) || url.includes(f)) set.add(f);
    stackMatches.set(id, set);
    return set;
  };
  for (const [id, ms] of selfMs) for (const f of matchesOf(id)) add(inclusive, f, ms);
}

const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms ${pct(ms)}  ${k}`);
};
console.log(
  `${file}${args.window ? ` (${args.window})` : ""}: ${((Math.min(profile.endTime, span.toUs) - Math.max(profile.startTime, span.fromUs)) / 1e6).toFixed(1)} s profiled, ` +
    `${busy.toFixed(0)} ms busy (idle ${idle.toFixed(0)} ms)`,
);
show("self time by package or file", places);
show("self time by function", functions);
if (focus.length > 0) show("inclusive time of the focused frames (a sample counts once per name)", inclusive);
