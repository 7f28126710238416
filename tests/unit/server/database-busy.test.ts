import { describe, expect, it, vi } from "vitest";
import { toErrorResult } from "@/lib/server/action";
import { toJsonResponse } from "@/lib/server/json-route";

const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

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

  it("leaves other database errors internal", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toErrorResult(prismaError("P2025")).code).toBe("internal");
  });
});
