import { describe, expect, it } from "vitest";
import { NON_PAGE_CSP } from "@/lib/http/security-headers";
import { jsonMutation, toJsonResponse } from "@/lib/server/json-route";
import { config } from "@/proxy";

// The study routes skip the proxy (a twentieth of an answer's CPU), so their responses must carry its headers themselves.
const proxied = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe("the study routes", () => {
  it("are the only routes the proxy skips, besides the image optimizer", () => {
    expect(["/api/study/answer", "/api/study/cards", "/api/study/answer/queued"].map(proxied)).toEqual([false, false, false]);
    expect(["/", "/study", "/api/classes", "/api/auth/session", "/api/studyx", "/_next/static/x.js"].map(proxied)).toEqual([true, true, true, true, true, true]);
  });

  it("answer with the non-page security headers, whatever the outcome", async () => {
    const refused = await jsonMutation(async () => ({ ok: true, data: 1 }))(new Request("http://localhost/api/study/answer", { method: "POST", body: "{}" }));
    expect(refused.status).toBe(403);
    for (const response of [toJsonResponse({ ok: true, data: { a: 1 } }), toJsonResponse({ ok: false, error: "No.", code: "stale" }), refused]) {
      expect(response.headers.get("content-security-policy")).toBe(NON_PAGE_CSP);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
