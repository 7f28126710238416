import path from "node:path";
import { defineConfig } from "prisma/config";

// Must be set before Prisma parses the schema: if env("DATABASE_URL") cannot be
// resolved, the 6.19 CLI falls back to the classic engine and tries to download it.
process.env.DATABASE_URL ??= "file:./.data/app.db";
const url = process.env.DATABASE_URL;
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

// Prisma 6.19's WASM schema engine replays migration files into the SQLite shadow DB
// with executeRaw (one statement): the driver runs only the first statement (libsql) or refuses
// the file (better-sqlite3). Route arg-less SQL to executeScript.
function fixSqliteShadow<T extends { connectToShadowDb(): Promise<any> }>(factory: T): T {
  const orig = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const conn = await orig();
    const executeRaw = conn.executeRaw.bind(conn);
    conn.executeRaw = async (q: { sql: string; args: unknown[] }) => {
      if (q.args.length === 0) { await conn.executeScript(q.sql); return 0; }
      return executeRaw(q);
    };
    return conn;
  };
  return factory;
}

// Two workarounds for @prisma/adapter-pg 6.19 under the WASM schema engine:
// 1. its introspection queries return Postgres' internal `name`/"char" columns, which the
//    adapter rejects (prisma/orm#27403: "Column type 'name' could not be deserialized")
//    -> report them as text;
// 2. its connectToShadowDb() drops the temp shadow DB while its own pool is still
//    connected ("database ... is being accessed by other users") -> own implementation.
const PG_TEXTLIKE = new Set([18 /* "char" */, 19 /* name */]);
function patchPgConn(conn: any) {
  const performIO = conn.performIO.bind(conn);
  conn.performIO = async (q: unknown) => {
    const res = await performIO(q);
    for (const f of res.fields ?? []) if (PG_TEXTLIKE.has(f.dataTypeID)) f.dataTypeID = 25;
    return res;
  };
  const startTransaction = conn.startTransaction?.bind(conn);
  if (startTransaction) conn.startTransaction = async (...a: unknown[]) => patchPgConn(await startTransaction(...a));
  return conn;
}
async function pgFactory(url: string) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const u = new URL(url);
  const cfg = {
    host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1),
    user: decodeURIComponent(u.username), password: decodeURIComponent(u.password),
  };
  const factory = new PrismaPg(cfg);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchPgConn(await connect());
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patchPgConn(await new PrismaPg({ ...cfg, database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose(); // ends the shadow pool first
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  // folder = multi-file schema: <provider>/schema.prisma + symlinked ../models.prisma
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (provider === "postgres") return pgFactory(url);
    // The app's own adapter: WAL, a busy timeout (so a second instance migrating waits), no stuck transactions.
    const { createSqliteAdapterFactory } = await import("./lib/server/sqlite-adapter");
    return fixSqliteShadow(createSqliteAdapterFactory(url));
  },
});
