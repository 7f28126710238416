import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";

// Stands in for next/headers in tests of actions and routes that read the request:
//   vi.mock("next/headers", () => import("./fake-headers"));
// `request` is the request being handled: its headers (the peer address as scripts/serve.ts sets
// it) and cookies; `setCookies` records what an action set.
export const request: { headers: Record<string, string>; cookies: Record<string, string> } = {
  headers: { [PEER_ADDRESS_HEADER]: "192.0.2.10" },
  cookies: {},
};
export const setCookies: Record<string, { value: string; options: unknown }> = {};

export async function headers() {
  return new Headers(request.headers);
}

export async function cookies() {
  return {
    get: (name: string) => (name in request.cookies ? { name, value: request.cookies[name]! } : undefined),
    getAll: () => Object.entries(request.cookies).map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options: unknown) => {
      setCookies[name] = { value, options };
    },
  };
}
