// How the browser addressed the app, from the headers a proxy in front of it forwards. Pure, so the
// edge proxy (proxy.ts) and the server-only request helpers read the same headers the same way.

/** A forwarded header's first hop ("https, http" → "https"), or undefined when absent or blank. */
export function firstHeaderValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}

/** The scheme the browser used: the proxy's X-Forwarded-Proto when present, else the request URL's. */
export function requestProtocol(headers: Headers, requestUrl?: URL | null): string {
  return firstHeaderValue(headers.get("x-forwarded-proto")) ?? requestUrl?.protocol.replace(/:$/, "") ?? "http";
}
