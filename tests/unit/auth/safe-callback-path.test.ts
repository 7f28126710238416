import { describe, expect, it } from "vitest";
import { toSafeCallbackPath } from "@/lib/auth/safe-callback-path";

const ORIGIN = "https://recall.example";

describe("toSafeCallbackPath", () => {
  // Each of these reached another origin, or ran script, if passed to the router or a Location header.
  it.each([
    ["//evil.example/x"],
    ["/\\evil.example/x"],
    ["\\\\evil.example"],
    ["/\t/evil.example/x"],
    ["/\n/evil.example/x"],
    ["/\r\n/evil.example"],
    [" //evil.example"],
    ["\t//evil.example"],
    ["/.//evil.example"],
    ["///evil.example"],
    ["https://evil.example"],
    ["http:evil.example"],
    ["http://recall.example"],
    ["https://recall.example.evil.example/"],
    ["https://recall.example@evil.example/"],
    ["//recall.example@evil.example"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox"],
    ["mailto:a@evil.example"],
    [""],
    ["x".repeat(3000)],
    [undefined],
    [null],
    [["/decks"]],
  ])("sends %j home", (raw) => {
    expect(toSafeCallbackPath(raw, ORIGIN)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/study?deck=abc", "/study?deck=abc"],
    ["/join/ABC123", "/join/ABC123"],
    ["/articles/a%20b#top", "/articles/a%20b#top"],
    // encoded slashes stay a path on this site: the router does not decode them into a host
    ["%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["decks", "/decks"],
    // same scheme, no slashes: a relative path, as browsers read it
    ["https:evil.example", "/evil.example"],
    ["https://recall.example/decks?x=1", "/decks?x=1"],
    ["/a/../study", "/study"],
  ])("keeps %j on the site as %j", (raw, expected) => {
    expect(toSafeCallbackPath(raw, ORIGIN)).toBe(expected);
  });

  it("sends home when the origin itself is not a URL", () => {
    expect(toSafeCallbackPath("/study", "not a url")).toBe("/");
  });
});
