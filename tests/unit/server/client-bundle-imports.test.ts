import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a "use client" module imports ships to every browser that loads its page. Walks each client module's static
// imports (type-only ones are erased; a "use server" module reaches the browser only as a reference) and names any
// path to the schema library or to a module marked server-only.
const root = path.resolve(import.meta.dirname, "../../..");
const FORBIDDEN_PACKAGES = new Set(["zod", "server-only", "@prisma/client", "pg", "better-sqlite3", "@node-rs/argon2"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(file);
    return /\.(ts|tsx)$/.test(e.name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Value imports and re-exports of a module: [specifier]. */
function valueImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?([^;]*?\sfrom\s+)?["']([^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) continue; // import type / export type
    if (match[1] === "export" && !match[3]) continue;
    found.push(match[4]!);
  }
  return found;
}

function forbiddenPath(entry: string, forbidden: ReadonlySet<string> = FORBIDDEN_PACKAGES): string[] | null {
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (trail.length > 0 && /^\s*["']use server["']/.test(source)) return null;
    for (const specifier of valueImports(source)) {
      const here = [...trail, path.relative(root, file)];
      if (forbidden.has(specifier)) return [...here, specifier];
      const next = resolveImport(file, specifier);
      if (next) {
        const found = visit(next, here);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(entry, []);
}

const clientModules = ["app", "components", "lib"]
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));

describe("client modules", () => {
  it("are found", () => {
    expect(clientModules.length).toBeGreaterThan(10);
  });

  // regression: the sign-in, sign-up and settings forms shipped all of zod for one constant
  it.each(clientModules.map((f) => path.relative(root, f)))("%s reaches no schema library or server-only module", (file) => {
    expect(forbiddenPath(path.join(root, file))).toBeNull();
  });
});

// What the root layout's client modules import statically, every page loads before it can respond. Sign-out loads
// next-auth's client (about 10 KiB gzip with its Babel runtime) and the offline store only when pressed.
describe("the root layout's client modules", () => {
  const layoutImports = valueImports(readFileSync(path.join(root, "app/layout.tsx"), "utf8"))
    .map((specifier) => resolveImport(path.join(root, "app/layout.tsx"), specifier))
    .filter((file): file is string => file !== null && /^\s*["']use client["']/.test(readFileSync(file, "utf8")));

  it("are found", () => {
    expect(layoutImports.map((f) => path.relative(root, f))).toContain("components/auth/sign-out-button.tsx");
  });

  it.each(layoutImports.map((f) => path.relative(root, f)))("%s reaches neither next-auth's client nor the offline store", (file) => {
    expect(forbiddenPath(path.join(root, file), new Set(["next-auth/react", "idb"]))).toBeNull();
  });
});
