import { describe, expect, it } from "vitest";
import { buildPageCsp, commonSecurityHeaders, createNonce, NON_PAGE_CSP } from "@/lib/http/security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("buildPageCsp", () => {
  it("runs only scripts with this request's nonce in production, never inline or eval'd code", () => {
    const csp = directives(buildPageCsp({ nonce: "abc123==", dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    // The service worker registers from this origin whatever script-src's nonce rule says.
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    expect(csp.get("manifest-src")).toEqual(["'self'"]);
  });

  it("allows eval only in development, and upgrades subresources over HTTPS", () => {
    expect(directives(buildPageCsp({ nonce: "n", dev: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(buildPageCsp({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("commonSecurityHeaders", () => {
  it("always sends nosniff, a referrer policy and no framing; HSTS only over HTTPS", () => {
    const plain = commonSecurityHeaders(false);
    expect(plain).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(commonSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });
  it("frames, runs and loads nothing in non-page responses", () => {
    expect(NON_PAGE_CSP).toContain("default-src 'none'");
    expect(NON_PAGE_CSP).toContain("frame-ancestors 'none'");
  });
});

describe("createNonce", () => {
  it("is base64 of 16 random bytes, different each time", () => {
    let seed = 0;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => seed++ % 256);
    const a = createNonce(bytes);
    const b = createNonce(bytes);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
  });
});
