import { describe, expect, it } from "vitest";
import { firstHeaderValue, requestProtocol } from "@/lib/http/request-protocol";

describe("requestProtocol", () => {
  const url = new URL("http://app.internal:3000/study");

  it("believes the proxy's first hop over the request URL", () => {
    expect(requestProtocol(new Headers({ "x-forwarded-proto": "https, http" }), url)).toBe("https");
  });

  it("falls back to the request URL when the header is absent or blank", () => {
    expect(requestProtocol(new Headers(), new URL("https://x.example/"))).toBe("https");
    expect(requestProtocol(new Headers({ "x-forwarded-proto": " , https" }), url)).toBe("http");
  });

  it("says http when it has nothing to go on", () => {
    expect(requestProtocol(new Headers())).toBe("http");
  });
});

describe("firstHeaderValue", () => {
  it("takes the first comma-separated value, trimmed", () => {
    expect(firstHeaderValue(" a.example , b.example")).toBe("a.example");
    expect(firstHeaderValue(null)).toBeUndefined();
    expect(firstHeaderValue("  ")).toBeUndefined();
  });
});
