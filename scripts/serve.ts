// Serves the production build, as `next start` does, plus one thing Next.js cannot: it tells the
// app the socket's peer address (Next.js keeps a client's own X-Forwarded-For and drops the
// socket address), so per-address limits count real addresses. Any header of that name the
// client sent is replaced. `npm start` runs this after building.
import { createServer, type RequestListener, type Server } from "node:http";
import next from "next";
import { PEER_ADDRESS_HEADER, PEER_HEADER_TRUSTED_ENV } from "../lib/auth/client-address";
import { getTrustedProxyHops } from "../lib/server/env";

const port = Number(process.env.PORT ?? 3000);
// "localhost" (the default) is this machine's loopback addresses, IPv4 and IPv6 both, so either way a browser
// resolves the name it connects; any other value (0.0.0.0, ::, an address) is listened on as given.
const host = process.env.HOST ?? "localhost";
const LOOPBACK = ["127.0.0.1", "::1"];

async function main() {
  // Checked before serving: a malformed value stops here with its message, not at the first sign-in.
  const hops = getTrustedProxyHops();
  console.log(`  client addresses: ${hops === 0 ? "the connection's peer (no proxy trusted)" : `${hops} trusted proxy hop${hops > 1 ? "s" : ""} in X-Forwarded-For`}`);
  // This process replaces the header on every request below, so the app may believe it.
  process.env[PEER_HEADER_TRUSTED_ENV] = "1";
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const serve: RequestListener = (req, res) => {
    const peer = req.socket.remoteAddress;
    if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
    else delete req.headers[PEER_ADDRESS_HEADER];
    void handle(req, res);
  };
  const addresses = host === "localhost" ? LOOPBACK : [host];
  const servers = (await Promise.all(addresses.map((address) => listen(createServer(serve), address)))).filter((s) => s !== null);
  if (servers.length === 0) throw new Error(`could not listen on ${addresses.join(" or ")} port ${port}`);
  console.log(`  ready on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
  const stop = () => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))).then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Listens on one address; null when this machine has no such address (a host without IPv6 has no ::1). */
function listen(server: Server, address: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (address === "::1" && (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")) resolve(null);
      else reject(error);
    });
    server.listen(port, address, () => resolve(server));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
