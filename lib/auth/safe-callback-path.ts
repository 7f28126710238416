// Where to go after signing in or up: only a path on the app's own origin. The callback comes from
// the address bar, so anyone can craft it; an open redirect would send a learner, freshly signed
// in, to a look-alike site. The WHATWG URL parser is what browsers use, so it resolves "//host",
// "/\host", "/<tab>/host" (tab, CR and LF are dropped) and "https:host" exactly as they would.

const MAX_CALLBACK_LENGTH = 2048;

/** A same-origin path with its query and hash (always starting with one "/"), or "/" for anything else. */
export function toSafeCallbackPath(raw: unknown, origin: string): string {
  if (typeof raw !== "string" || raw === "" || raw.length > MAX_CALLBACK_LENGTH) return "/";
  let own: URL;
  let target: URL;
  try {
    own = new URL(origin);
    target = new URL(raw, own);
  } catch {
    return "/";
  }
  if (target.origin !== own.origin || (target.protocol !== "http:" && target.protocol !== "https:")) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//host" resolves to the path "//host", which a browser would read as another host.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
