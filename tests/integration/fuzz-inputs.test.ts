import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mulberry32 } from "@/lib/generate/hash-key";

// Issue 11: malformed input must get a clear 4xx, never a 500 from the app's own code. A seeded,
// bounded fuzz over every JSON route and server action: each target gets bodies made by mutating a
// valid one (wrong types, odd text, missing and extra keys) and by pure noise. Rerun a failure with
// its seed: FUZZ_SEED=<seed>.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { assignDeck } = await import("@/lib/server/assignments");
const { createClass, joinClass } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, publishDeck } = await import("@/lib/server/decks");
const { recordAnswer } = await import("@/lib/server/study");
const { createUser } = await import("@/lib/server/users");
const { clientId, createLearner, uniqueEmail } = await import("./helpers");
const { ORIGIN, params } = await import("./route-requests");
const classActions = await import("@/app/classes/actions");
const deckActions = await import("@/app/decks/actions");
const settingsActions = await import("@/app/settings/actions");
const { signUpAction } = await import("@/app/sign-up/actions");

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const BODIES_PER_TARGET = 60;

const ODD_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "😀",
  "\u202Eevil",
  "x".repeat(10_000),
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "%00",
  "\r\n\t",
  "NaN",
  "-1",
  "1e309",
  "2026-13-45",
  "9999-12-31T23:59:59Z",
];
const ODD_NUMBERS = [0, -1, 1, 0.5, -0.0001, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53 + 1, 3.14159];

function makeFuzzer(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const noise = (depth = 0): unknown => {
    const roll = random();
    if (depth > 3 || roll < 0.3) return pick(ODD_STRINGS);
    if (roll < 0.5) return pick(ODD_NUMBERS);
    if (roll < 0.6) return pick([true, false, null]);
    if (roll < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => noise(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(ODD_STRINGS), noise(depth + 1)]));
  };
  const deep = (): unknown => {
    let value: unknown = pick(ODD_STRINGS);
    for (let i = 0; i < 1000; i++) value = random() < 0.5 ? [value] : { a: value };
    return value;
  };
  /** A valid body with one to three fields changed, dropped or added, or pure noise. */
  const mutate = (valid: Record<string, unknown>): unknown => {
    const roll = random();
    if (roll < 0.1) return noise();
    if (roll < 0.12) return deep();
    const body: Record<string, unknown> = { ...valid };
    const keys = Object.keys(valid);
    for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i++) {
      const action = random();
      const key = keys.length > 0 && action < 0.85 ? pick(keys) : pick(["extra", "__proto__", "constructor", "userId", "role"]);
      if (action < 0.15) delete body[key];
      else body[key] = noise();
    }
    return body;
  };
  return { mutate, pick, noise };
}

interface Fixture {
  instructor: Awaited<ReturnType<typeof createUser>>;
  learner: Awaited<ReturnType<typeof createUser>>;
  classId: string;
  joinCode: string;
  deckId: string;
  articleId: string;
  itemId: string;
  reviewClientId: string;
}
let F: Fixture;

beforeAll(async () => {
  const db = getDb();
  const instructor = await createUser({ name: "Fuzz Teacher", email: uniqueEmail("fuzz-t"), password: "correct horse battery", role: "instructor" });
  const learner = await createLearner("fuzz");
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `fuzz-${tag}`, title: "Fuzz", body: "x", contentHash: tag, publishedAt: new Date("2000-01-01") } });
  const item = await db.item.create({
    data: { key: `fuzz-${tag}`, articleId: article.id, type: "choice", kind: "percent", prompt: "Q?", answer: "24%", choices: '["12%","24%"]', sourceSentence: "x" },
  });
  const now = new Date();
  const klass = await createClass(instructor.id, { name: "Fuzz class" });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
  const deck = await createDeck(instructor.id, { title: "Fuzz deck", articleIds: [article.id], kinds: ["percent"], types: ["choice"] });
  await publishDeck(instructor.id, deck.id, now);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
  const answered = await recordAnswer(learner.id, { clientId: clientId(), itemId: item.id, cardVersion: 0, response: "24%", deckId: deck.id }, now);
  F = { instructor, learner, classId: klass.id, joinCode: klass.joinCode, deckId: deck.id, articleId: article.id, itemId: item.id, reviewClientId: answered.reviewClientId };
});

const errors: unknown[][] = [];
const consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});
afterAll(() => consoleError.mockRestore());

type Who = "learner" | "instructor" | "nobody";
const as = (who: Who) => {
  session.user = who === "nobody" ? null : F[who];
};

interface Target {
  name: string;
  who: Who;
  valid: () => Record<string, unknown>;
  /** the HTTP status, or for an action 400/500 from its result code */
  call: (body: unknown) => Promise<number>;
}

const RESULT_STATUS: Record<string, number> = { invalid: 400, unauthenticated: 401, not_found: 404, conflict: 409, stale: 409, throttled: 429, internal: 500 };
const viaAction = (action: (input: unknown) => Promise<{ ok: boolean; code?: string }>) => async (body: unknown) => {
  const result = await action(body);
  return result.ok ? 200 : RESULT_STATUS[result.code!]!;
};
function viaRoute(path: string, method: string, handler: () => Promise<Record<string, unknown>>) {
  return async (body: unknown) => {
    const init = { method, headers: { "content-type": "application/json", origin: ORIGIN }, body: typeof body === "string" && body.startsWith("RAW:") ? body.slice(4) : JSON.stringify(body) };
    const route = await handler();
    return (await (route[method] as (r: Request) => Promise<Response>)(new Request(`${ORIGIN}${path}`, init))).status;
  };
}
function viaGet(build: (body: unknown) => { url: string; params: Record<string, unknown> }, load: () => Promise<Record<string, unknown>>) {
  return async (body: unknown) => {
    const { url, params: p } = build(body);
    const route = await load();
    return (await (route.GET as (r: Request, c: unknown) => Promise<Response>)(new Request(`${ORIGIN}${url}`), params(p))).status;
  };
}
function printable(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return "(too deep to print)";
  }
}
const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value) ?? "");

const TARGETS: Target[] = [
  { name: "POST /api/study/answer", who: "learner", valid: () => ({ clientId: clientId(), itemId: F.itemId, cardVersion: 1, response: "24%", deckId: F.deckId }), call: viaRoute("/api/study/answer", "POST", () => import("@/app/api/study/answer/route")) },
  { name: "POST /api/study/grade", who: "learner", valid: () => ({ clientId: clientId(), reviewClientId: F.reviewClientId, rating: 4 }), call: viaRoute("/api/study/grade", "POST", () => import("@/app/api/study/grade/route")) },
  { name: "POST /api/study/undo", who: "learner", valid: () => ({ clientId: clientId(), reviewClientId: F.reviewClientId }), call: viaRoute("/api/study/undo", "POST", () => import("@/app/api/study/undo/route")) },
  { name: "POST /api/classes/join", who: "learner", valid: () => ({ code: F.joinCode }), call: viaRoute("/api/classes/join", "POST", () => import("@/app/api/classes/join/route")) },
  { name: "PUT /api/settings", who: "learner", valid: () => ({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "Europe/Paris" }), call: viaRoute("/api/settings", "PUT", () => import("@/app/api/settings/route")) },
  { name: "POST /api/classes", who: "instructor", valid: () => ({ name: "Fuzzed class" }), call: viaRoute("/api/classes", "POST", () => import("@/app/api/classes/route")) },
  { name: "POST /api/study/answer (raw text)", who: "learner", valid: () => ({ raw: "{" }), call: (body) => viaRoute("/api/study/answer", "POST", () => import("@/app/api/study/answer/route"))(`RAW:${asText(body).slice(0, 200)}`) },
  {
    name: "GET /api/study/cards",
    who: "learner",
    valid: () => ({ deck: F.deckId, limit: "5", more: "1", exclude: F.itemId }),
    call: viaGet((b) => ({ url: `/api/study/cards?${new URLSearchParams(Object.entries(b as object).map(([k, v]) => [k, asText(v)]))}`, params: {} }), () => import("@/app/api/study/cards/route")),
  },
  { name: "GET /api/classes/[classId]/dashboard", who: "instructor", valid: () => ({ classId: F.classId }), call: viaGet((b) => ({ url: "/api/x", params: b as Record<string, unknown> }), () => import("@/app/api/classes/[classId]/dashboard/route")) },
  {
    name: "GET /api/classes/[classId]/export",
    who: "instructor",
    valid: () => ({ classId: F.classId, table: "items" }),
    call: viaGet((b) => ({ url: `/api/x?${new URLSearchParams({ table: asText((b as { table?: unknown })?.table) })}`, params: b as Record<string, unknown> }), () => import("@/app/api/classes/[classId]/export/route")),
  },
  { name: "GET /api/instructor/articles/[articleId]/generation", who: "instructor", valid: () => ({ articleId: randomUUID() }), call: viaGet((b) => ({ url: "/api/x", params: b as Record<string, unknown> }), () => import("@/app/api/instructor/articles/[articleId]/generation/route")) },
  { name: "GET /api/decks/[deckId]", who: "instructor", valid: () => ({ deckId: F.deckId }), call: viaGet((b) => ({ url: "/api/x", params: b as Record<string, unknown> }), () => import("@/app/api/decks/[deckId]/route")) },
  { name: "GET /api/decks/[deckId]/items", who: "learner", valid: () => ({ deckId: F.deckId }), call: viaGet((b) => ({ url: "/api/x", params: b as Record<string, unknown> }), () => import("@/app/api/decks/[deckId]/items/route")) },
  { name: "createClassAction", who: "instructor", valid: () => ({ name: "Fuzzed" }), call: viaAction(classActions.createClassAction) },
  { name: "archiveClassAction", who: "instructor", valid: () => ({ classId: randomUUID() }), call: viaAction(classActions.archiveClassAction) },
  { name: "removeLearnerAction", who: "instructor", valid: () => ({ classId: F.classId, userId: randomUUID() }), call: viaAction(classActions.removeLearnerAction) },
  { name: "restoreLearnerAction", who: "instructor", valid: () => ({ classId: F.classId, userId: F.learner.id }), call: viaAction(classActions.restoreLearnerAction) },
  { name: "joinClassAction", who: "learner", valid: () => ({ code: F.joinCode }), call: viaAction(classActions.joinClassAction) },
  { name: "assignDeckAction", who: "instructor", valid: () => ({ classId: F.classId, deckId: F.deckId, dueDate: "2026-12-24" }), call: viaAction(classActions.assignDeckAction) },
  { name: "unassignDeckAction", who: "instructor", valid: () => ({ classId: randomUUID(), deckId: F.deckId }), call: viaAction(classActions.unassignDeckAction) },
  { name: "previewDeckItemsAction", who: "instructor", valid: () => ({ articleIds: [F.articleId], kinds: ["percent"], types: ["choice"] }), call: viaAction(deckActions.previewDeckItemsAction) },
  { name: "createDeckAction", who: "instructor", valid: () => ({ title: "Fuzz deck", articleIds: [F.articleId], kinds: ["percent"], types: ["choice"] }), call: viaAction(deckActions.createDeckAction) },
  { name: "updateDeckItemAction", who: "instructor", valid: () => ({ deckId: F.deckId, itemId: F.itemId, prompt: "Q?", answer: "24%", choices: ["12%", "24%"] }), call: viaAction(deckActions.updateDeckItemAction) },
  { name: "setDeckItemSuspendedAction", who: "instructor", valid: () => ({ deckId: F.deckId, itemId: F.itemId, suspended: false }), call: viaAction(deckActions.setDeckItemSuspendedAction) },
  { name: "removeDeckItemAction", who: "instructor", valid: () => ({ deckId: randomUUID(), itemId: F.itemId }), call: viaAction(deckActions.removeDeckItemAction) },
  { name: "publishDeckAction", who: "instructor", valid: () => ({ deckId: F.deckId }), call: viaAction(deckActions.publishDeckAction) },
  { name: "updateLearnerSettingsAction", who: "learner", valid: () => ({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC" }), call: viaAction(settingsActions.updateLearnerSettingsAction) },
  { name: "signUpAction", who: "nobody", valid: () => ({ name: "Fuzz", email: uniqueEmail("fuzz-signup"), password: "correct horse battery", role: "learner" }), call: viaAction(signUpAction) },
];

describe("a seeded fuzz of every JSON route and server action", () => {
  it(`answers ${TARGETS.length * BODIES_PER_TARGET} malformed bodies with no 500 and logs no error (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const fuzz = makeFuzzer(mulberry32(SEED));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const target of TARGETS) {
      for (let i = 0; i < BODIES_PER_TARGET; i++) {
        const body = fuzz.mutate(target.valid());
        as(target.who);
        const before = errors.length;
        let status: number;
        try {
          status = await target.call(body);
        } catch (error) {
          status = -1;
          errors.push([error]);
        }
        sent++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 || status < 0 || errors.length > before) {
          failures.push(`${target.name} #${i}: ${status} ${printable(body)} ${String(errors.at(-1)?.[0] ?? "").slice(0, 300)}`);
        }
      }
    }
    console.info(`fuzz seed ${SEED}: ${sent} bodies, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(failures).toEqual([]);
  });
});
