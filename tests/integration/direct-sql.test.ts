import { randomUUID } from "node:crypto";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { createDb, getDb, getDirectSql, sqlOf } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/errors";

// The hot paths' raw statements run on the client's adapter without the client (lib/server/direct-sql.ts): these
// hold what they read and write, and their errors, to what `$queryRaw` and the client give on the same database.

const article = (tag: string) => ({ slug: `direct-${tag}`, title: `Direct ${tag}`, body: "x", contentHash: tag, publishedAt: new Date("2001-02-03T04:05:06.789Z") });

describe("direct SQL on the client's adapter", () => {
  it("knows the adapter's column types it converts", () => {
    expect({ Int64: ColumnTypeEnum.Int64, Boolean: ColumnTypeEnum.Boolean, DateTime: ColumnTypeEnum.DateTime }).toEqual({ Int64: 1, Boolean: 5, DateTime: 10 });
  });

  it("reads dates, booleans and numbers as $queryRaw does, and binds dates as the client writes them", async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    const { id } = await db.article.create({ data: { ...article(tag), handWritten: true }, select: { id: true } });
    const select = Prisma.sql`SELECT "id", "title", "publishedAt", "handWritten", "ownerId" FROM "Article" WHERE "id" = ${id}`;
    const [direct] = await getDirectSql(db).query<Record<string, unknown>>(select);
    expect(direct).toEqual({ id, title: `Direct ${tag}`, publishedAt: new Date("2001-02-03T04:05:06.789Z"), handWritten: true, ownerId: null });
    const [client] = await db.$queryRaw<Record<string, unknown>[]>(select);
    expect({ ...client, handWritten: Boolean(client!.handWritten) }).toEqual(direct);

    // a date bound directly compares equal to the one the client wrote, and reads back through the client unchanged
    const at = new Date("2001-02-03T04:05:06.789Z");
    const [found] = await getDirectSql(db).query<{ n: number | bigint }>(
      Prisma.sql`SELECT COUNT(*) AS "n" FROM "Article" WHERE "id" = ${id} AND "publishedAt" = ${at}`,
    );
    expect(Number(found!.n)).toBe(1);
    const later = new Date("2002-03-04T05:06:07.008Z");
    expect(await getDirectSql(db).execute(Prisma.sql`UPDATE "Article" SET "publishedAt" = ${later} WHERE "id" = ${id}`)).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(later);
  });

  it("commits a transaction that returns, rolls back one that throws, and reports a unique violation as the client does", async () => {
    const db = getDb();
    const direct = getDirectSql(db);
    const tag = randomUUID().slice(0, 8);
    const insert = (slug: string) =>
      Prisma.sql`INSERT INTO "Article" ("id", "slug", "title", "body", "contentHash", "createdAt", "updatedAt")
        VALUES (${randomUUID()}, ${slug}, 'T', 'x', 'x', ${new Date()}, ${new Date()})`;
    const count = (prefix: string) => db.article.count({ where: { slug: { startsWith: prefix } } });

    expect(await direct.transaction(async (tx) => tx.execute(insert(`direct-commit-${tag}`)))).toBe(1);
    expect(await count(`direct-commit-${tag}`)).toBe(1);

    await expect(
      direct.transaction(async (tx) => {
        await tx.execute(insert(`direct-rollback-${tag}-a`));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await count(`direct-rollback-${tag}`)).toBe(0);

    const failed = await direct.transaction(async (tx) => {
      await tx.execute(insert(`direct-unique-${tag}-a`));
      await tx.execute(insert(`direct-commit-${tag}`)); // the slug is taken
    }).catch((error: unknown) => error);
    expect(isUniqueViolation(failed), String(failed)).toBe(true);
    expect(await count(`direct-unique-${tag}`)).toBe(0);
    // the connection is usable after each of them, by the client and directly
    expect(await count(`direct-commit-${tag}`)).toBe(1);
    expect(await direct.query(Prisma.sql`SELECT 1 AS "one"`)).toHaveLength(1);
  });

  it("runs a client transaction's statements in that transaction, not directly", async () => {
    const db = getDb();
    const slug = `direct-in-tx-${randomUUID().slice(0, 8)}`;
    const failed = await db
      .$transaction(async (tx) => {
        await sqlOf(tx).execute(Prisma.sql`INSERT INTO "Article" ("id", "slug", "title", "body", "contentHash", "createdAt", "updatedAt")
          VALUES (${randomUUID()}, ${slug}, 'T', 'x', 'x', ${new Date()}, ${new Date()})`);
        throw new Error("roll it back");
      })
      .catch((error: unknown) => error);
    expect(String(failed)).toContain("roll it back");
    // run directly it would have been committed on its own (PostgreSQL) or waited for the transaction's turn (SQLite)
    expect(await db.article.count({ where: { slug } })).toBe(0);
  }, 10_000);

  it("reports its statements to the client's query listener, and connects again after the client disconnects", async () => {
    const seen: string[] = [];
    const db = createDb(process.env.DATABASE_URL, { onQuery: (sql) => seen.push(sql) });
    await getDirectSql(db).query(Prisma.sql`SELECT 1 AS "one"`);
    expect(seen).toEqual(['SELECT 1 AS "one"']);
    await db.$disconnect();
    expect(await getDirectSql(db).query(Prisma.sql`SELECT 2 AS "two"`)).toHaveLength(1);
    expect(await db.article.count()).toBeGreaterThan(0); // the client's own use of the same adapter
    await db.$disconnect();
  });
});
