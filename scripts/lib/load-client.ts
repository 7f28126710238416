// One simulated user of a served app for bench:load: its own loopback address, its own cookies,
// keep-alive connections, and requests spread round-robin over the app's instances.
import { request, Agent } from "node:http";

export interface HttpResult {
  status: number;
  body: string;
  ms: number;
}

/**
 * The loopback address of user `n`: Linux routes all of 127.0.0.0/8 to this machine, so each user
 * connects from an address of its own and the server's per-address limits see distinct peers,
 * without trusting any X-Forwarded-For header.
 */
export function loopbackAddress(n: number): string {
  return `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

const IDLE_SOCKET_MS = 4000;

export class LoadClient {
  private readonly agent: Agent;
  private readonly cookies = new Map<string, string>();
  private next = 0;

  constructor(
    private readonly origins: string[],
    readonly address: string,
  ) {
    // An idle connection is closed here before the server's keep-alive timeout (5 s) closes it: a learner who
    // thinks 2-6 s would otherwise send on a socket the server is closing, and get a reset no browser shows.
    this.agent = new Agent({ keepAlive: true, localAddress: address, maxSockets: 4, timeout: IDLE_SOCKET_MS });
  }

  /** The instance the next request goes to: a trivial round-robin balancer. */
  private origin(): string {
    return this.origins[this.next++ % this.origins.length]!;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  send(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
    const origin = this.origin();
    const url = new URL(path, origin);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            origin,
            cookie: this.cookieHeader(),
            ...(options.body === undefined ? {} : { "content-length": Buffer.byteLength(options.body).toString() }),
            ...options.headers,
          },
        },
        (res) => {
          for (const line of res.headers["set-cookie"] ?? []) {
            const [pair = ""] = line.split(";");
            const eq = pair.indexOf("=");
            if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
          }
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  json(method: string, path: string, value: unknown): Promise<HttpResult> {
    return this.send(method, path, { body: JSON.stringify(value), headers: { "content-type": "application/json" } });
  }

  close(): void {
    this.agent.destroy();
  }
}
