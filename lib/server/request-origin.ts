import "server-only";
import { headers } from "next/headers";
import { toSafeCallbackPath } from "@/lib/auth/safe-callback-path";
import { firstHeaderValue, requestProtocol } from "@/lib/http/request-protocol";

/**
 * The app's own origin as the browser addressed it: the proxy's forwarded host and scheme when
 * present, else the Host header, else the request URL. A browser cannot forge these for another
 * site's page, so comparing a request's Origin with this is what tells a cross-site post apart.
 */
export function appOriginOf(headers: Headers, requestUrl?: string): string | null {
  const fallback = requestUrl ? safeUrl(requestUrl) : null;
  const host = firstHeaderValue(headers.get("x-forwarded-host")) ?? firstHeaderValue(headers.get("host")) ?? fallback?.host;
  if (!host) return null;
  return safeUrl(`${requestProtocol(headers, fallback)}://${host}`)?.origin ?? null;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The sign-in or sign-up page's callback, kept only if it is a path on this app's origin. */
export async function getSafeCallbackPath(raw: unknown): Promise<string> {
  const origin = appOriginOf(await headers());
  return origin ? toSafeCallbackPath(raw, origin) : "/";
}
