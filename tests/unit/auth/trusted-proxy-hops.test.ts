import { describe, expect, it } from "vitest";
import { getTrustedProxyHops } from "@/lib/server/env";

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0: the connection's peer is the client", () => {
    expect(getTrustedProxyHops({})).toBe(0);
    expect(getTrustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
  });

  it("reads a whole number of proxies", () => {
    expect(getTrustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
  });

  it("refuses anything else with a message naming the variable", () => {
    for (const value of ["-1", "1.5", "one", "11"]) {
      expect(() => getTrustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
    }
  });
});
