import { NextResponse, type NextRequest } from "next/server";
import { buildPageCsp, commonSecurityHeaders, createNonce, NON_PAGE_CSP } from "@/lib/http/security-headers";
import { requestProtocol } from "@/lib/http/request-protocol";
import { hasUnsafeText } from "@/lib/validation/safe-text";

// Runs before every request (Next 16's proxy, formerly middleware): security headers for pages,
// routes and static files, and a fresh CSP nonce per page, which Next reads from the request's
// Content-Security-Policy header and puts on its own scripts. Authorization is NOT checked here:
// every page, action and route checks it itself.

export function proxy(request: NextRequest) {
  const https = requestProtocol(request.headers, request.nextUrl) === "https";
  const badAddress = refuseMalformedAddress(request.url);
  if (badAddress) return withHeaders(badAddress, NON_PAGE_CSP, https);

  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.next(), NON_PAGE_CSP, https);
  }
  const nonce = createNonce((size) => crypto.getRandomValues(new Uint8Array(size)));
  const csp = buildPageCsp({ nonce, dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

/**
 * An address whose path does not decode ("%E0%A4%A"), or whose path or query holds NUL or a lone
 * surrogate, would reach pages and the database as text they cannot handle: a plain 400 instead.
 */
function refuseMalformedAddress(url: string): NextResponse | null {
  const { pathname, searchParams } = new URL(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = "\u0000";
  }
  if (!hasUnsafeText([decoded, ...searchParams.keys(), ...searchParams.values()])) return null;
  return new NextResponse("That address is not valid. Check the link and try again.\n", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

function withHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(commonSecurityHeaders(https))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the image optimizer, which the app does not use, and the study routes, called on every answer:
  // they check the session themselves as every route does, and their JSON responses carry these headers themselves
  // (lib/server/json-route.ts); their addresses are fixed and their query strings pass the same safe-text check.
  matcher: ["/((?!_next/image|api/study/).*)"],
};
