import { describe, expect, it } from "vitest";
import { readEnv, readPgPoolSize, readSqliteSynchronous } from "@/lib/server/env";

const secret = "x".repeat(32);

describe("database settings from the environment", () => {
  it("PostgreSQL's pool holds 10 connections per instance unless DATABASE_POOL_SIZE says otherwise; empty counts as unset", () => {
    expect(readPgPoolSize({})).toBe(10);
    expect(readPgPoolSize({ DATABASE_POOL_SIZE: "" })).toBe(10);
    expect(readPgPoolSize({ DATABASE_POOL_SIZE: "25" })).toBe(25);
    expect(readPgPoolSize({ DATABASE_POOL_SIZE: " 3 " })).toBe(3);
  });

  it("names a pool size that is not a whole number of connections, below 1 or absurdly high", () => {
    expect(() => readPgPoolSize({ DATABASE_POOL_SIZE: "ten" })).toThrow(/DATABASE_POOL_SIZE must be a whole number/);
    expect(() => readPgPoolSize({ DATABASE_POOL_SIZE: "2.5" })).toThrow(/DATABASE_POOL_SIZE must be a whole number/);
    expect(() => readPgPoolSize({ DATABASE_POOL_SIZE: "0" })).toThrow(/at least 1/);
    expect(() => readPgPoolSize({ DATABASE_POOL_SIZE: "5000" })).toThrow(/surely a mistake/);
  });

  it("the start-up check reports a bad pool size beside the other variables", () => {
    expect(readEnv({ NEXTAUTH_SECRET: secret }).DATABASE_POOL_SIZE).toBe(10);
    // An empty line in .env ("DATABASE_POOL_SIZE=") is unset, as readPgPoolSize reads it: the app starts.
    expect(readEnv({ NEXTAUTH_SECRET: secret, DATABASE_POOL_SIZE: "", SQLITE_SYNCHRONOUS: "" })).toMatchObject({ DATABASE_POOL_SIZE: 10, SQLITE_SYNCHRONOUS: "NORMAL" });
    expect(() => readEnv({ NEXTAUTH_SECRET: secret, DATABASE_POOL_SIZE: "-1" })).toThrow(/- DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be at least 1/);
  });

  it("SQLite syncs NORMAL unless SQLITE_SYNCHRONOUS is FULL", () => {
    expect(readSqliteSynchronous({})).toBe("NORMAL");
    expect(readSqliteSynchronous({ SQLITE_SYNCHRONOUS: "FULL" })).toBe("FULL");
    expect(() => readSqliteSynchronous({ SQLITE_SYNCHRONOUS: "OFF" })).toThrow(/SQLITE_SYNCHRONOUS must be NORMAL/);
  });
});
