// Serves the production build, as `next start` does, plus one thing Next.js cannot: it tells the
// app the socket's peer address (Next.js keeps a client's own X-Forwarded-For and drops the
// socket address), so per-address limits count real addresses. Any header of that name the
// client sent is replaced. `npm start` runs this after building.
import { createServer } from "node:http";
import next from "next";
import { PEER_ADDRESS_HEADER, PEER_HEADER_TRUSTED_ENV } from "../lib/auth/client-address";
import { getTrustedProxyHops } from "../lib/server/env";

const port = Number(process.env.PORT ?? 3000);

async function main() {
  // Checked before serving: a malformed value stops here with its message, not at the first sign-in.
  const hops = getTrustedProxyHops();
  console.log(`  client addresses: ${hops === 0 ? "the connection's peer (no proxy trusted)" : `${hops} trusted proxy hop${hops > 1 ? "s" : ""} in X-Forwarded-For`}`);
  // This process replaces the header on every request below, so the app may believe it.
  process.env[PEER_HEADER_TRUSTED_ENV] = "1";
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const peer = req.socket.remoteAddress;
    if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
    else delete req.headers[PEER_ADDRESS_HEADER];
    void handle(req, res);
  });
  server.listen(port, () => console.log(`  ready on http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
