import { getDb } from "@/lib/server/db";
import { getDayTotals, getKindTotals, getStudiedDaysBefore } from "@/lib/server/review-days";
import { getAssignedDecksForLearner } from "@/lib/server/assignments";
import { computeForecast } from "@/lib/progress/compute-forecast";
const db = getDb();
const { id: userId } = await db.user.findFirstOrThrow({ where: { email: { startsWith: "bench-" } }, select: { id: true } });
const now = new Date("2026-11-22T10:00:00Z");
async function t(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await f();
  const c0 = process.cpuUsage(); const s = performance.now();
  for (let i = 0; i < 10; i++) await f();
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(12), "wall", ((performance.now() - s) / 10).toFixed(1), "cpu", ((c.user + c.system) / 10000).toFixed(1));
}
await t("user", () => db.user.findUnique({ where: { id: userId }, select: { timeZone: true, desiredRetention: true } }));
await t("kinds", () => getKindTotals(db, userId));
await t("days", () => getDayTotals(db, userId, "2025-11-16", "2026-11-22"));
await t("older", () => getStudiedDaysBefore(db, userId, "2025-11-16"));
await t("window", () => db.reviewLog.findMany({ where: { userId, reviewedAt: { gt: new Date("2026-10-23T10:00:00Z"), lte: now } }, select: { id: true, event: true, undoesId: true, reviewedAt: true, rating: true, stateBefore: true } }));
await t("cards", () => db.card.findMany({ where: { userId, item: { status: "active" } }, select: { itemId: true, due: true, state: true, stability: true, reps: true } }));
const cards = await db.card.findMany({ where: { userId }, select: { due: true, state: true } });
await t("forecast", async () => computeForecast(cards as never, now, "Europe/Paris", 30));
await t("itemcount", () => db.item.count({ where: { status: "active" } }));
await t("assigned", () => getAssignedDecksForLearner(userId, now, db));
