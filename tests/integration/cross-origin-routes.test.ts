import { beforeEach, describe, expect, it, vi } from "vitest";

// Issue 11: a text/plain POST from another site created a class. Every state-changing JSON route
// takes only JSON from the app's own origin.
vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createUser } = await import("@/lib/server/users");
const { createLearner, uniqueEmail } = await import("./helpers");
const { json } = await import("./route-requests");

const MUTATIONS = [
  { path: "/api/classes", method: "POST", route: await import("@/app/api/classes/route") },
  { path: "/api/classes/join", method: "POST", route: await import("@/app/api/classes/join/route") },
  { path: "/api/settings", method: "PUT", route: await import("@/app/api/settings/route") },
  { path: "/api/study/answer", method: "POST", route: await import("@/app/api/study/answer/route") },
  { path: "/api/study/grade", method: "POST", route: await import("@/app/api/study/grade/route") },
  { path: "/api/study/undo", method: "POST", route: await import("@/app/api/study/undo/route") },
] as const;

type Handler = (request: Request) => Promise<Response>;
const handlerOf = (m: (typeof MUTATIONS)[number]) => (m.route as unknown as Record<string, Handler>)[m.method]!;

function request(path: string, method: string, headers: Record<string, string>, body = JSON.stringify({ name: "Planted class" })) {
  return new Request(`http://localhost${path}`, { method, body, headers });
}

const FORBIDDEN = { status: 403, body: { error: "This request must come from the app's own pages.", code: "forbidden" } };
const UNSUPPORTED = { status: 415, body: { error: "Send the request body as JSON, with Content-Type: application/json.", code: "unsupported_media_type" } };

beforeEach(async () => {
  session.user = await createUser({ name: "Teacher", email: uniqueEmail("csrf"), password: "correct horse battery", role: "instructor" });
});

describe("state-changing JSON routes", () => {
  it.each(MUTATIONS)("$method $path refuses other origins, missing origins and bodies that are not JSON", async (m) => {
    const handler = handlerOf(m);
    const cases: [Record<string, string>, unknown][] = [
      [{ "content-type": "text/plain", origin: "https://evil.example" }, FORBIDDEN],
      [{ "content-type": "application/json", origin: "https://evil.example" }, FORBIDDEN],
      [{ "content-type": "application/json", origin: "null" }, FORBIDDEN],
      [{ "content-type": "application/json", origin: "http://localhost.evil.example" }, FORBIDDEN],
      [{ "content-type": "application/json", "sec-fetch-site": "cross-site", origin: "http://localhost" }, FORBIDDEN],
      [{ "content-type": "application/json", "sec-fetch-site": "same-site" }, FORBIDDEN],
      [{ "content-type": "application/json" }, FORBIDDEN],
      [{ "content-type": "text/plain", origin: "http://localhost" }, UNSUPPORTED],
      [{ "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" }, UNSUPPORTED],
      [{ "content-type": "multipart/form-data; boundary=x", origin: "http://localhost" }, UNSUPPORTED],
      [{ origin: "http://localhost" }, UNSUPPORTED],
    ];
    for (const [headers, expected] of cases) {
      expect(await json(await handler(request(m.path, m.method, headers)))).toEqual(expected);
    }
  });

  it("creates nothing for a cross-origin text/plain post, and a class for the app's own page", async () => {
    const route = MUTATIONS[0].route;
    const owner = session.user!.id;
    await route.POST(request("/api/classes", "POST", { "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" }));
    expect(await getDb().class.count({ where: { instructorId: owner } })).toBe(0);
    const own = await route.POST(request("/api/classes", "POST", { "content-type": "application/json; charset=utf-8", origin: "http://localhost" }));
    expect(own.status).toBe(200);
    const fetched = await route.POST(request("/api/classes", "POST", { "content-type": "application/json", "sec-fetch-site": "same-origin" }));
    expect(fetched.status).toBe(200);
    // behind a proxy: the browser's origin is the forwarded host and scheme
    const proxied = await route.POST(
      request("/api/classes", "POST", {
        "content-type": "application/json",
        origin: "https://recall.example",
        "x-forwarded-host": "recall.example",
        "x-forwarded-proto": "https",
      }),
    );
    expect(proxied.status).toBe(200);
    expect(await getDb().class.count({ where: { instructorId: owner } })).toBe(3);
  });

  it("refuses a body far larger than any the app sends with a 413", async () => {
    session.user = await createLearner("big-body");
    const big = JSON.stringify({ code: "x".repeat(100_000) });
    const response = await json(await MUTATIONS[1].route.POST(request("/api/classes/join", "POST", { "content-type": "application/json", origin: "http://localhost" }, big)));
    expect(response).toEqual({ status: 413, body: { error: "That request is too large.", code: "too_large" } });
  });

  it("answers a body that is not JSON with a 400 that says so", async () => {
    session.user = await createLearner("csrf-learner");
    const response = await json(await MUTATIONS[3].route.POST(request("/api/study/answer", "POST", { "content-type": "application/json", origin: "http://localhost" }, "{not json")));
    expect(response).toEqual({ status: 400, body: { error: "The request body is not valid JSON.", code: "invalid" } });
  });
});
