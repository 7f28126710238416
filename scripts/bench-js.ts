/**
 * Per-page JS budget: builds the app once (its own build folder, browser source maps on), then for every page the
 * gzip size of the JS a browser loads for it (the framework's root chunks, the page's and its layouts' chunks, as the
 * build's client reference manifests list them) and the largest modules in them, named from the source maps.
 * Last line: `js_gzip_kib_max=<the largest page's total>`.
 *
 * Usage: npm run bench:js   (BENCH_JS_SKIP_BUILD=1 reads an earlier build, in .next-bench or BENCH_JS_DIST;
 * BENCH_JS_PAGE=/study lists every module of that page, to see what a cut would save)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { run } from "./lib/run";

const DIST = process.env.BENCH_JS_DIST ?? ".next-bench";
const TOP_MODULES = 6;

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/** Every page_client-reference-manifest.js under the build's server/app, by route ("/settings"). */
function readClientManifests(dist: string): Map<string, ClientManifest> {
  const manifests = new Map<string, ClientManifest>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "page_client-reference-manifest.js") {
        // The file assigns globalThis.__RSC_MANIFEST[<entry>]; run it in a sandbox to read that object.
        const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, ClientManifest> } };
        vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
        const route = "/" + path.relative(path.join(dist, "server", "app"), path.dirname(file)).split(path.sep).join("/");
        for (const manifest of Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})) manifests.set(route.replace(/\/$/, "") || "/", manifest);
      }
    }
  };
  walk(path.join(dist, "server", "app"));
  return manifests;
}

/** A source's display name: the package for node_modules, the project path otherwise. */
function moduleName(source: string): string {
  const clean = source.replace(/^turbopack:\/\/\//, "").replace(/^\[project\]\//, "").replace(/^webpack:\/\/[^/]*\//, "");
  // Next.js vendors React and its client runtime: name the vendored package rather than one 440 KiB "next".
  const vendored = /node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (vendored) return `${vendored[1]} (in next)`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  return pkg ? pkg[1]! : clean;
}

const moduleCache = new Map<string, Map<string, number>>();

/** Bytes of a chunk attributed to each module (package), from its source map; unmapped bytes under "(unmapped)". */
function modulesOf(file: string): Map<string, number> {
  const cached = moduleCache.get(file);
  if (cached) return cached;
  const bytes = new Map<string, number>();
  const add = (name: string, n: number) => n > 0 && bytes.set(name, (bytes.get(name) ?? 0) + n);
  const code = readFileSync(file, "utf8");
  // Turbopack names a chunk's map apart from the chunk: the chunk's last comment says which.
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const mapFile = mapName ? path.join(path.dirname(file), mapName) : `${file}.map`;
  if (!existsSync(mapFile)) {
    add("(no source map)", Buffer.byteLength(code));
  } else {
    const lines = code.split("\n");
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, "utf8")) as RawSourceMap);
    // A mapping owns the generated text up to the next mapping on its line.
    let previous: { line: number; column: number; name: string } | null = null;
    const close = (line: number, column: number) => {
      if (!previous) return;
      if (line === previous.line) add(previous.name, column - previous.column);
      else add(previous.name, (lines[previous.line - 1]?.length ?? 0) - previous.column);
    };
    consumer.eachMapping((m) => {
      close(m.generatedLine, m.generatedColumn);
      previous = { line: m.generatedLine, column: m.generatedColumn, name: m.source ? moduleName(m.source) : "(unmapped)" };
    }, undefined, SourceMapConsumer.GENERATED_ORDER);
    close(Number.MAX_SAFE_INTEGER, 0);
    const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
    add("(unmapped)", Buffer.byteLength(code) - mapped);
  }
  moduleCache.set(file, bytes);
  return bytes;
}

const kib = (n: number) => (n / 1024).toFixed(1);

async function main() {
  if (process.env.BENCH_JS_SKIP_BUILD !== "1") {
    await run("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: DIST, NEXT_BROWSER_SOURCE_MAPS: "1", NEXT_TELEMETRY_DISABLED: "1" });
  }
  const buildManifest = JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const root = buildManifest.rootMainFiles ?? [];
  const gzipCache = new Map<string, number>();
  const gzipOf = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(path.join(DIST, file))).length));
    return size;
  };

  const pages = [...readClientManifests(DIST)].map(([route, manifest]) => {
    const files = new Set([...root, ...Object.values(manifest.entryJSFiles ?? {}).flat()].filter((f) => f.endsWith(".js")));
    const gzip = [...files].reduce((n, f) => n + gzipOf(f), 0);
    const modules = new Map<string, number>();
    for (const f of files) for (const [name, n] of modulesOf(path.join(DIST, f))) modules.set(name, (modules.get(name) ?? 0) + n);
    return { route, files: files.size, gzip, modules };
  });
  pages.sort((a, b) => b.gzip - a.gzip);

  console.log("page JS (gzip, KiB; chunks) and its largest modules (minified KiB)");
  for (const page of pages) {
    const top = [...page.modules].sort((a, b) => b[1] - a[1]).slice(0, TOP_MODULES);
    console.log(`${page.route.padEnd(36)} ${kib(page.gzip).padStart(6)} KiB  ${String(page.files).padStart(2)} chunks  ${top.map(([n, b]) => `${n} ${kib(b)}`).join(", ")}`);
  }
  const detailed = pages.find((p) => p.route === process.env.BENCH_JS_PAGE);
  if (detailed) {
    console.log(`\nevery module of ${detailed.route} (minified KiB):`);
    for (const [name, n] of [...detailed.modules].sort((a, b) => b[1] - a[1])) console.log(`  ${kib(n).padStart(7)}  ${name}`);
  }
  // Modules no page shares with every other page: what each page adds to the common framework.
  const all = new Map<string, number>();
  for (const page of pages) for (const [name, n] of page.modules) all.set(name, Math.max(all.get(name) ?? 0, n));
  console.log(`\nlargest client modules in the build (minified KiB): ${[...all].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, b]) => `${n} ${kib(b)}`).join(", ")}`);
  const zodPages = pages.filter((p) => [...p.modules.keys()].some((m) => m === "zod"));
  console.log(`pages shipping zod: ${zodPages.length === 0 ? "none" : zodPages.map((p) => p.route).join(", ")}`);
  console.log(`js_gzip_kib_max=${kib(pages[0]?.gzip ?? 0)}`);
}

void main();
