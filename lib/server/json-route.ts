import "server-only";
import type { ActionResult } from "./action";

const STATUS = { invalid: 400, unauthenticated: 401, not_found: 404, conflict: 409, stale: 409, throttled: 429, busy: 503, internal: 500 } as const;

/** Turns an action result into a JSON response with the matching HTTP status. */
export function toJsonResponse<T>(result: ActionResult<T>): Response {
  if (result.ok) return Response.json(result.data, { headers: { "cache-control": "no-store" } });
  return Response.json({ error: result.error, code: result.code }, { status: STATUS[result.code], headers: { "cache-control": "no-store" } });
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
