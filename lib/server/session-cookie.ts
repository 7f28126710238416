import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_S } from "./auth-options";

// next-auth's session cookie names (the __Secure- one when NEXTAUTH_URL is https).
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The session cookie next-auth reads on this deployment, as it picks it (the __Secure- name when NEXTAUTH_URL is
 * https); null without NEXTAUTH_URL, where next-auth works it out from each request's headers.
 */
export function sessionCookieName(): string | null {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return null;
  return url.startsWith("https://") ? SESSION_COOKIES[0]! : SESSION_COOKIES[1]!;
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

/** The same session token, re-signed under a new session version; null when it is not a valid token. */
export async function reissueToken(raw: string, sessionVersion: number): Promise<string | null> {
  const token = await decode({ token: raw, secret: secret() }).catch(() => null);
  if (!token) return null;
  return encode({ token: { ...token, sv: sessionVersion }, secret: secret(), maxAge: SESSION_MAX_AGE_S });
}

/**
 * After a password change revoked every session, keeps the one making the request: its cookie is
 * re-issued under the new version. Only a server action or route handler may call this.
 */
export async function keepCurrentSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.get(n));
  const raw = name && jar.get(name)?.value;
  if (!name || !raw) return;
  const value = await reissueToken(raw, sessionVersion);
  if (!value) return;
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE_S });
}
