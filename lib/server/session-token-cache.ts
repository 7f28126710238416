import "server-only";
import { decode, type JWT } from "next-auth/jwt";

// Decrypting a session token (key derivation, then AES-GCM) cost more CPU than the whole answer's
// SQL: a token is decoded once and its claims kept until the token's own expiry. What the claims
// are worth is still checked on every request (session-token.ts: the user row and its session
// version), so a revoked session or a changed role is not served from here; only the decryption is.

/** Far more live sessions than one instance serves; past it the oldest entry goes. */
const MAX_ENTRIES = 10_000;

type Entry = { secret: string; claims: JWT; expiresAtMs: number };
const decoded = new Map<string, Entry>();

/**
 * The token's claims, as next-auth's `decode` gives them; throws as `decode` does when it is not a
 * valid token of this secret or has expired. A token that does not decode is never kept.
 */
export async function decodeSessionToken(raw: string, secret: string): Promise<JWT | null> {
  const hit = decoded.get(raw);
  if (hit && hit.secret === secret && Date.now() < hit.expiresAtMs) return hit.claims;
  if (hit) decoded.delete(raw);
  const claims = await decode({ token: raw, secret });
  if (!claims) return null;
  // next-auth always sets exp; a token without one is decoded again each time rather than kept forever
  const expiresAtMs = typeof claims.exp === "number" ? claims.exp * 1000 : 0;
  if (Date.now() < expiresAtMs) {
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
    decoded.set(raw, { secret, claims: Object.freeze(claims), expiresAtMs });
  }
  return claims;
}
