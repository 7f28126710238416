import { beforeEach, describe, expect, it, vi } from "vitest";

// Routes and actions read the session through requireUser; each test sets who is signed in.
vi.mock("@/lib/server/session", () => import("./fake-session"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { getLearnerSettings, updateLearnerSettings } = await import("@/lib/server/learner-settings");
const { getSchedulerSettings } = await import("@/lib/server/study/scheduler-settings");
const { updateLearnerSettingsAction } = await import("@/app/settings/actions");
const settingsRoute = await import("@/app/api/settings/route");
const { createLearner } = await import("./helpers");

const now = new Date("2026-11-22T10:00:00Z");
const put = (body: unknown) => new Request("http://localhost/api/settings", { method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json", origin: "http://localhost" } });

async function storedSettings(userId: string) {
  return getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true, newCardsPerDay: true, timeZone: true } });
}

beforeEach(() => {
  session.user = null;
});

describe("updateLearnerSettingsAction", () => {
  it("saves the signed-in learner's settings, which the scheduler then uses", async () => {
    const learner = await createLearner("settings");
    const other = await createLearner("settings-other");
    session.user = learner;
    const result = await updateLearnerSettingsAction({ desiredRetention: 0.85, newCardsPerDay: 35, timeZone: "Europe/Paris" });
    expect(result).toEqual({ ok: true, data: { desiredRetention: 0.85, newCardsPerDay: 35, timeZone: "Europe/Paris" } });
    expect(await storedSettings(learner.id)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 35, timeZone: "Europe/Paris" });
    expect(await getSchedulerSettings(getDb(), learner.id)).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 35, timeZone: "Europe/Paris" });
    expect(await storedSettings(other.id)).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC" });
  });

  it.each([
    [{ desiredRetention: 0.5, newCardsPerDay: 20, timeZone: "UTC" }, "Choose a desired retention between 70% and 97%."],
    [{ desiredRetention: 0.98, newCardsPerDay: 20, timeZone: "UTC" }, "Choose a desired retention between 70% and 97%."],
    [{ desiredRetention: 0.9, newCardsPerDay: -1, timeZone: "UTC" }, "Choose a whole number of new cards per day from 0 to 9999."],
    [{ desiredRetention: 0.9, newCardsPerDay: 10000, timeZone: "UTC" }, "Choose a whole number of new cards per day from 0 to 9999."],
    [{ desiredRetention: 0.9, newCardsPerDay: 2.5, timeZone: "UTC" }, "Choose a whole number of new cards per day from 0 to 9999."],
    [{ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "Mars/Olympus" }, "That is not a time zone name. Pick one from the list, such as Europe/Paris."],
    [{ desiredRetention: "0.9", newCardsPerDay: 20, timeZone: "UTC" }, "Choose a desired retention between 70% and 97%."],
  ])("refuses %j with a plain sentence and changes nothing", async (input, message) => {
    const learner = await createLearner("settings-bad");
    session.user = learner;
    expect(await updateLearnerSettingsAction(input)).toEqual({ ok: false, error: message, code: "invalid" });
    expect(await storedSettings(learner.id)).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC" });
  });

  it("refuses without a session", async () => {
    expect(await updateLearnerSettingsAction({ desiredRetention: 0.8, newCardsPerDay: 10, timeZone: "UTC" })).toEqual({
      ok: false,
      error: "Your session has ended. Sign in again to continue.",
      code: "unauthenticated",
    });
  });
});

describe("the settings service", () => {
  it("re-checks the scheduler's ranges itself", async () => {
    const learner = await createLearner("settings-service");
    await expect(updateLearnerSettings(learner.id, { desiredRetention: 0.99, newCardsPerDay: 20, timeZone: "UTC" })).rejects.toThrow(
      "Those settings were not saved: desiredRetention: Desired retention must be between 0.70 and 0.97.",
    );
  });

  it("says whether personal weights are in use and how many reviews there are", async () => {
    const learner = await createLearner("settings-weights");
    expect((await getLearnerSettings(learner.id, now)).weights).toEqual({ personal: false, reviews: 0, needed: 400, fittedOn: null });
    await getDb().user.update({ where: { id: learner.id }, data: { fsrsWeights: JSON.stringify(Array.from({ length: 21 }, () => 0.5)) } });
    expect((await getLearnerSettings(learner.id, now)).weights.personal).toBe(true);
  });
});

describe("/api/settings", () => {
  it("reads and replaces the signed-in learner's settings", async () => {
    const learner = await createLearner("settings-route");
    session.user = learner;
    const read = await settingsRoute.GET();
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC", weights: { personal: false, reviews: 0, needed: 400, fittedOn: null } });

    const saved = await settingsRoute.PUT(put({ desiredRetention: 0.8, newCardsPerDay: 5, timeZone: "America/New_York" }));
    expect(saved.status).toBe(200);
    expect(await storedSettings(learner.id)).toEqual({ desiredRetention: 0.8, newCardsPerDay: 5, timeZone: "America/New_York" });

    const bad = await settingsRoute.PUT(put({ desiredRetention: 0.8, newCardsPerDay: 5, timeZone: "Nowhere" }));
    expect(bad.status).toBe(400);
  });

  it("answers 401 without a session", async () => {
    expect((await settingsRoute.GET()).status).toBe(401);
    expect((await settingsRoute.PUT(put({ desiredRetention: 0.8, newCardsPerDay: 5, timeZone: "UTC" }))).status).toBe(401);
  });
});
