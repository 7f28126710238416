// Learners of bench:load and bench:faults: signed up and in through the app's own routes, then
// studying back to back through the JSON routes the study page uses.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { LoadClient, loopbackAddress } from "./load-client";

const PASSWORD = "a sturdy bench passphrase";

export interface Learner {
  n: number;
  email: string;
  client: LoadClient;
}

/** The id of the sign-up form's server action in this build (it changes with every build). */
export function signUpActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === "app/sign-up/actions.ts" && a.exportedName === "signUpAction")?.[0];
  if (!id) throw new Error("signUpAction is not in this build's server-reference-manifest.json");
  return id;
}

/**
 * Signs up through the sign-up form's server action and in through next-auth's credentials route,
 * from loopback address number `n`, and lifts the new-card limit so the learner never runs dry.
 */
export async function signUpLearner(n: number, origins: string[], actionId: string): Promise<Learner> {
  const email = `bench-${n}-${randomUUID().slice(0, 8)}@example.test`;
  const client = new LoadClient(origins, loopbackAddress(n));
  const signUp = await client.send("POST", "/sign-up", {
    body: JSON.stringify([{ name: `Bench ${n}`, email, password: PASSWORD, timeZone: "UTC" }]),
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  if (signUp.status !== 200 || !signUp.body.includes('"ok":true')) throw new Error(`sign-up ${n} failed: ${signUp.status} ${signUp.body.slice(0, 300)}`);
  const csrf = await client.send("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const signIn = await client.send("POST", "/api/auth/callback/credentials", {
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  if (signIn.status !== 200 || !client.cookieHeader().includes("session-token")) throw new Error(`sign-in ${n} failed: ${signIn.status} ${signIn.body.slice(0, 300)}`);
  const settings = await client.json("PUT", "/api/settings", { desiredRetention: 0.9, newCardsPerDay: 9999, timeZone: "UTC" });
  if (settings.status !== 200) throw new Error(`settings ${n} failed: ${settings.status} ${settings.body.slice(0, 300)}`);
  return { n, email, client };
}

/** `count` learners, `width` at a time (sign-up hashes a password: a burst would only queue). */
export async function signUpLearners(count: number, origins: string[], width = 4): Promise<Learner[]> {
  const actionId = signUpActionId();
  const out: Learner[] = [];
  for (let i = 0; i < count; i += width) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => signUpLearner(i + j, origins, actionId)))));
  }
  return out;
}

/** What a study loop saw. Answers are keyed "userId:clientId". */
export interface Tally {
  latencies: number[];
  status5xx: number;
  stale: number;
  /** requests that got no response at all (connection refused or reset) */
  noResponse: number;
  otherErrors: Map<string, number>;
  acknowledged: Set<string>;
  sent: Set<string>;
  /** a concurrent pair both acknowledged with different feedback */
  mismatchedPairs: number;
}

export const newTally = (): Tally => ({
  latencies: [],
  status5xx: 0,
  stale: 0,
  noResponse: 0,
  otherErrors: new Map(),
  acknowledged: new Set(),
  sent: new Set(),
  mismatchedPairs: 0,
});

export function noteStatus(tally: Tally, status: number, body: string): void {
  if (status >= 500) tally.status5xx++;
  if (status === 409) tally.stale++;
  else if (status !== 200) {
    const key = `${status} ${body.slice(0, 80)}`;
    tally.otherErrors.set(key, (tally.otherErrors.get(key) ?? 0) + 1);
  }
}

interface StudyCard {
  itemId: string;
  cardVersion: number;
  choices: string[];
}

/**
 * Studies until `deadline` (or `stop()` says so): fetches the session's next cards, answers each
 * with a new client id, after about `thinkMs` of reading; 5% of answers are sent twice at once and
 * 5% again after the first reply.
 * `tallyNow` says where each request is counted (bench:faults switches phases mid-run).
 */
export async function studyUntil(
  learner: Learner,
  userId: string,
  deadline: number,
  tallyNow: () => Tally,
  { stop = () => false, thinkMs = 0 }: { stop?: () => boolean; thinkMs?: number } = {},
): Promise<void> {
  const { client } = learner;
  const running = () => Date.now() < deadline && !stop();
  const send = async (method: string, path: string, value?: unknown) => {
    const tally = tallyNow();
    try {
      const r = value === undefined ? await client.send(method, path) : await client.json(method, path, value);
      noteStatus(tally, r.status, r.body);
      return { ...r, tally };
    } catch {
      tally.noResponse++;
      await sleep(50);
      return null;
    }
  };
  while (running()) {
    const page = await send("GET", "/api/study/cards?limit=20");
    if (!page || page.status !== 200) continue;
    const { cards } = JSON.parse(page.body) as { cards: StudyCard[] };
    if (cards.length === 0) throw new Error(`${learner.email} ran out of cards`);
    for (const card of cards) {
      if (!running()) return;
      // a learner reads the card before answering (0: back to back, a saturation test)
      if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
      const clientId = randomUUID().replaceAll("-", "");
      const response = card.choices.length > 0 ? card.choices[Math.floor(Math.random() * card.choices.length)]! : Math.random() < 0.5 ? "x" : "unknown";
      const body = { clientId, itemId: card.itemId, cardVersion: card.cardVersion, response, durationMs: 3000, tzOffset: 0 };
      const key = `${userId}:${clientId}`;
      tallyNow().sent.add(key);
      const post = async () => {
        const r = await send("POST", "/api/study/answer", body);
        if (!r) return null;
        r.tally.latencies.push(r.ms);
        if (r.status === 200) r.tally.acknowledged.add(key);
        return r;
      };
      const roll = Math.random();
      if (roll < 0.05) {
        // sent twice at once, as a double tap or a retry racing the original would
        const [a, b] = await Promise.all([post(), post()]);
        if (a?.status === 200 && b?.status === 200 && a.body !== b.body) a.tally.mismatchedPairs++;
      } else {
        await post();
        if (roll < 0.1) await post(); // again after the reply, as a retry after a lost response would
      }
    }
  }
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
