// Which network address a request came from, for the per-address limits. Pure.
//
// Next.js keeps a client's own X-Forwarded-For and never adds the socket address to it, so the
// header alone proves nothing. scripts/serve.ts (what `npm start` runs) writes the socket's peer
// address into PEER_ADDRESS_HEADER, replacing anything the client sent under that name. Only the
// last `trustedProxyHops` X-Forwarded-For entries, those the configured proxies appended, are
// believed; everything left of them is the client's to invent.

export const PEER_ADDRESS_HEADER = "x-recall-peer-address";
/** Set by scripts/serve.ts in its own process: only then was PEER_ADDRESS_HEADER written by us, not sent by the client. */
export const PEER_HEADER_TRUSTED_ENV = "RECALL_PEER_HEADER_TRUSTED";

export function resolveClientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trustedProxyHops: number): string | null {
  if (!peer) return null;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ];
  // chain[last] is our peer (the nearest proxy when there is one); each trusted proxy vouches for the entry before it.
  const client = chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!;
  return addressKey(client);
}

/**
 * The part of an address one party controls: an IPv4 address, or the /64 network of an IPv6
 * address (one home or phone gets a whole /64, so single IPv6 addresses cost an attacker nothing).
 */
export function addressKey(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(":")) return bare.replace(/:\d+$/, "");
  const groups = expandIpv6(bare);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : bare.toLowerCase();
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail, extra] = address.toLowerCase().split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
