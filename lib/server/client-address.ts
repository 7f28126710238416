import "server-only";
import { headers } from "next/headers";
import { PEER_ADDRESS_HEADER, PEER_HEADER_TRUSTED_ENV, resolveClientAddress } from "@/lib/auth/client-address";
import { getTrustedProxyHops } from "./env";

let warned = false;

/** The client's address from request headers, trusting only the configured proxy hops. */
export function clientAddressFromHeaders(get: (name: string) => string | null | undefined): string | null {
  // Under `next start` or `next dev` nothing overwrites the header, so a client could name any address.
  const peer = process.env[PEER_HEADER_TRUSTED_ENV] === "1" ? get(PEER_ADDRESS_HEADER) : null;
  if (!peer && !warned) {
    warned = true;
    console.warn(`No ${PEER_ADDRESS_HEADER} header: serve the app with \`npm start\` (scripts/serve.ts) for per-address limits.`);
  }
  return resolveClientAddress(peer, get("x-forwarded-for"), getTrustedProxyHops());
}

/** For server actions: the address of the request being handled. */
export async function getRequestClientAddress(): Promise<string | null> {
  const list = await headers();
  return clientAddressFromHeaders((name) => list.get(name));
}
