import { describe, expect, it, vi } from "vitest";
import { toErrorResult } from "@/lib/server/action";
import { isUniqueViolation } from "@/lib/server/errors";
import { toJsonResponse } from "@/lib/server/json-route";

const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });
// A raw statement's failure, as Prisma reports it: P2010 with the driver adapter's error kind in its meta.
const rawError = (kind: string) => Object.assign(new Error(`raw ${kind}`), { code: "P2010", meta: { driverAdapterError: { cause: { kind } } } });

describe("a database too busy to answer", () => {
  it("is told to the person as a retryable 503, not as an internal error", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const code of ["P1008", "P2028", "P2034"]) {
      const result = toErrorResult(prismaError(code));
      expect(result).toMatchObject({ ok: false, code: "busy" });
      expect(result.error).toMatch(/try again/);
      expect(toJsonResponse(result).status).toBe(503);
    }
  });

  it("is told the same when a raw statement (the answer's writes) met it", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const kind of ["SocketTimeout", "TransactionWriteConflict"]) expect(toErrorResult(rawError(kind)).code).toBe("busy");
  });

  it("leaves other database errors internal", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toErrorResult(prismaError("P2025")).code).toBe("internal");
    expect(toErrorResult(rawError("UniqueConstraintViolation")).code).toBe("internal");
  });
});

describe("a unique violation", () => {
  it("is recognised from the client (P2002) and from a raw statement (P2010 with its driver kind)", () => {
    expect(isUniqueViolation(prismaError("P2002"))).toBe(true);
    expect(isUniqueViolation(rawError("UniqueConstraintViolation"))).toBe(true);
    expect(isUniqueViolation(rawError("ForeignKeyConstraintViolation"))).toBe(false);
    expect(isUniqueViolation(prismaError("P2010"))).toBe(false);
  });
});
