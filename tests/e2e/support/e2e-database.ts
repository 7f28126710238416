import Database from "better-sqlite3";
import pg from "pg";

// Reads the test server's database directly, to check what was stored (playwright.config.ts names it).
const url = process.env.E2E_DATABASE_URL ?? "file:./.data/test-e2e.db";

/** Rows of a read-only query; `?` placeholders, numbered for PostgreSQL. */
export async function queryE2eDatabase<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
