import "server-only";
import { commonSecurityHeaders, NON_PAGE_CSP } from "@/lib/http/security-headers";
import type { ActionResult } from "./action";
import { appOriginOf } from "./request-origin";

const STATUS = { invalid: 400, unauthenticated: 401, not_found: 404, conflict: 409, stale: 409, throttled: 429, busy: 503, internal: 500 } as const;
/**
 * Every JSON response carries the non-page security headers itself: the study routes, called on every answer, skip
 * the proxy (proxy.ts), which would only have added these. HSTS is left to the pages, which browsers learn it from.
 */
const NO_STORE = { "cache-control": "no-store", "Content-Security-Policy": NON_PAGE_CSP, ...commonSecurityHeaders(false) };
/** Far above any body the app sends (an answer is at most 500 characters); a bigger one is refused unread. */
const MAX_BODY_CHARS = 64 * 1024;

/** Turns an action result into a JSON response with the matching HTTP status. */
export function toJsonResponse<T>(result: ActionResult<T>): Response {
  if (result.ok) return Response.json(result.data, { headers: NO_STORE });
  return Response.json({ error: result.error, code: result.code }, { status: STATUS[result.code], headers: NO_STORE });
}

/**
 * The one wrapper of every state-changing JSON route (POST, PUT): the request must come from this
 * app's own pages and carry JSON, as server actions already require. A form or a `text/plain`
 * fetch from another site needs no CORS preflight and carries the session cookie; without these
 * checks it could act as the signed-in user.
 */
export function jsonMutation<T>(action: (input: unknown) => Promise<ActionResult<T>>): (request: Request) => Promise<Response> {
  return async (request) => {
    const refused = refuseForeignRequest(request);
    if (refused) return refused;
    const tooLarge = Response.json({ error: "That request is too large.", code: "too_large" }, { status: 413, headers: NO_STORE });
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_CHARS) return tooLarge;
    let body: unknown;
    try {
      const text = await request.text();
      if (text.length > MAX_BODY_CHARS) return tooLarge;
      body = JSON.parse(text);
    } catch {
      return Response.json({ error: "The request body is not valid JSON.", code: "invalid" }, { status: 400, headers: NO_STORE });
    }
    return toJsonResponse(await action(body));
  };
}

function refuseForeignRequest(request: Request): Response | null {
  if (!isSameOrigin(request)) {
    return Response.json({ error: "This request must come from the app's own pages.", code: "forbidden" }, { status: 403, headers: NO_STORE });
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return Response.json(
      { error: "Send the request body as JSON, with Content-Type: application/json.", code: "unsupported_media_type" },
      { status: 415, headers: NO_STORE },
    );
  }
  return null;
}

/** Sec-Fetch-Site (set by browsers, not by page scripts) or else the Origin header must name this app. */
function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && origin === appOriginOf(request.headers, request.url);
}
