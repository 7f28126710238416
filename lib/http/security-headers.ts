// The security headers of every response, as data: built here (pure, tested) and set by proxy.ts
// for pages and routes, and by next.config.mjs for static files, which the proxy does not see.

export interface PolicyOptions {
  /** a fresh random value per request: only scripts carrying it run */
  nonce: string;
  /** `next dev` evaluates code for fast refresh and error overlays */
  dev: boolean;
  /** served over HTTPS: ask browsers to upgrade any http: subresource */
  https: boolean;
}

/**
 * The Content-Security-Policy of a page: scripts only with this request's nonce (and what they load:
 * 'strict-dynamic'), never inline handlers or injected markup. Styles allow inline `style`
 * attributes, which React renders for progress bars; a nonce cannot cover attributes, and a style
 * cannot run script. Nothing may frame the app (clickjacking), and forms post only to it.
 */
export function buildPageCsp({ nonce, dev, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The service worker and the manifest: explicit, as worker-src would otherwise fall back to script-src's nonce rule.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For JSON, CSV and other non-page responses: nothing in them may load, run or be framed. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Headers every response carries, whatever it is. HSTS only over HTTPS: over plain HTTP it is ignored, and it would pin localhost. */
export function commonSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(https ? { "Strict-Transport-Security": HSTS_VALUE } : {}),
  };
}

/** A nonce from 16 random bytes, base64 (CSP's nonce-source grammar). */
export function createNonce(randomBytes: (size: number) => Uint8Array): string {
  return btoa(String.fromCharCode(...randomBytes(16)));
}
