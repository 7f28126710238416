import { describe, expect, it } from "vitest";
import { addressKey, resolveClientAddress } from "@/lib/auth/client-address";

describe("resolveClientAddress", () => {
  it("uses the socket's peer when no proxy is trusted, whatever X-Forwarded-For the client sent", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.9");
  });

  it("believes only the entries the trusted proxies appended", () => {
    // client sent "6.6.6.6"; the first proxy appended the real client 198.51.100.4; the peer is the second proxy.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1", 2)).toBe("198.51.100.4");
  });

  it("falls back to the leftmost entry when fewer proxies answered than configured", () => {
    expect(resolveClientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.4", 3)).toBe("198.51.100.4");
  });

  it("knows no address without the peer header (the app was not served by scripts/serve.ts)", () => {
    expect(resolveClientAddress(undefined, "1.2.3.4", 0)).toBeNull();
  });
});

describe("addressKey", () => {
  it("reads an IPv4-mapped IPv6 peer as the IPv4 address", () => {
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });

  it("groups an IPv6 address by its /64 network, which one household or phone controls whole", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
  });
});
