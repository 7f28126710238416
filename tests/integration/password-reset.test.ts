import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import type { MailMessage, Mailer } from "@/lib/server/mailer";
import { isPasswordResetUsable, requestPasswordReset, resetPassword } from "@/lib/server/password-reset";
import { getSessionUserForToken, verifyCredentials } from "@/lib/server/users";
import { createLearner, uniqueAddress, uniqueEmail } from "./helpers";

const now = new Date("2026-11-29T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const appUrl = "https://recall.example.org";
let address = 1;
/** A network address of its own for each request, unless a test means to share one. */
const freshAddress = () => `198.51.100.${address++}`;

function fakeMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => void sent.push(message) };
}

async function sendLink(email: string, mailer = fakeMailer(), at = now) {
  const { delivery } = await requestPasswordReset({ email }, freshAddress(), { appUrl, now: at, mailer });
  await delivery;
  return mailer;
}

const tokenOf = (message: MailMessage | undefined) => message?.text.match(/reset-password\?token=([A-Za-z0-9_-]{43})/)?.[1];

describe("password reset by email", () => {
  it("mails a single-use link that is stored only as a hash, sets the new password and ends every session", async () => {
    const user = await createLearner("forgetful");
    const mailer = await sendLink(` ${user.email.toUpperCase()} `);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: user.email, subject: "Reset your Recall password" });
    expect(mailer.sent[0]!.text).toContain(`${appUrl}/reset-password?token=`);
    const token = tokenOf(mailer.sent[0])!;
    const rows = await getDb().passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(rows[0]!.expiresAt).toEqual(minutes(30));

    expect(await isPasswordResetUsable(token, minutes(1))).toBe(true);
    await resetPassword({ token, newPassword: "a brand new passphrase" }, minutes(1));
    expect(await getSessionUserForToken(user.id, 0)).toBeNull();
    expect((await verifyCredentials({ email: user.email, password: "a brand new passphrase" }, null, minutes(2))).id).toBe(user.id);
    await expect(verifyCredentials({ email: user.email, password: "correct horse battery" }, null, minutes(2))).rejects.toThrow("do not match");

    expect(await isPasswordResetUsable(token, minutes(2))).toBe(false);
    await expect(resetPassword({ token, newPassword: "yet another passphrase" }, minutes(2))).rejects.toThrow("expired or was already used");
  });

  it("says and does the same for an email with no account: nothing is stored or sent", async () => {
    const mailer = await sendLink(uniqueEmail("nobody"));
    expect(mailer.sent).toHaveLength(0);
  });

  it("refuses an expired link, a made-up one, and a link once another of the account's links was used", async () => {
    const user = await createLearner("slow");
    const mailer = fakeMailer();
    await sendLink(user.email, mailer);
    await sendLink(user.email, mailer);
    const [first, second] = mailer.sent.map(tokenOf);
    await expect(resetPassword({ token: first!, newPassword: "too late for this" }, minutes(31))).rejects.toThrow("expired");
    await expect(resetPassword({ token: "A".repeat(43), newPassword: "made up token here" }, minutes(1))).rejects.toThrow("expired or was already used");
    await resetPassword({ token: second!, newPassword: "the second link works" }, minutes(5));
    // The first link, still in time, died with the second's use.
    await expect(resetPassword({ token: first!, newPassword: "and now the first one" }, minutes(6))).rejects.toThrow("already used");
  });

  it("two uses of one link at once change the password once", async () => {
    const user = await createLearner("racer");
    const token = tokenOf((await sendLink(user.email)).sent[0])!;
    const results = await Promise.allSettled([
      resetPassword({ token, newPassword: "first racing passphrase" }, minutes(1)),
      resetPassword({ token, newPassword: "second racing passphrase" }, minutes(1)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const { sessionVersion } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(sessionVersion).toBe(1);
  });

  it("limits requests per email, the same for an email with no account, and per network address", async () => {
    const user = await createLearner("spammed");
    const nobody = uniqueEmail("ghost");
    for (const email of [user.email, nobody]) {
      const mailer = fakeMailer();
      for (let i = 0; i < 3; i++) await sendLink(email, mailer);
      await expect(sendLink(email, mailer)).rejects.toThrow("Too many reset requests");
      expect(mailer.sent).toHaveLength(email === user.email ? 3 : 0);
      // The wait ends, and another request goes through.
      await sendLink(email, mailer, minutes(61));
    }
    const shared = uniqueAddress();
    for (let i = 0; i < 20; i++) await requestPasswordReset({ email: uniqueEmail(`many${i}`) }, shared, { appUrl, now, mailer: fakeMailer() });
    await expect(requestPasswordReset({ email: uniqueEmail("one-more") }, shared, { appUrl, now, mailer: fakeMailer() })).rejects.toThrow("Too many reset requests");
  });

  it("lifts the account's sign-in lock: whoever reads the account's email may sign in", async () => {
    const user = await createLearner("locked-out");
    const db = getDb();
    for (let i = 0; i < 25; i++) {
      await verifyCredentials({ email: user.email, password: "guessing wrong" }, uniqueAddress(), now).catch(() => undefined);
    }
    expect((await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } }))?.lockedUntil).not.toBeNull();
    const token = tokenOf((await sendLink(user.email)).sent[0])!;
    await resetPassword({ token, newPassword: "back in business now" }, minutes(1));
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  });
});
