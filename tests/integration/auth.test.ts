import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { UserFacingError } from "@/lib/server/errors";
import { createUser, verifyCredentials } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");

describe("sign up", () => {
  it("refuses a second account with the same email, whatever its case", async () => {
    const email = uniqueEmail("twice");
    await createUser({ name: "First", email, password: "a long enough password", role: "learner" });
    await expect(
      createUser({ name: "Second", email: email.toUpperCase(), password: "another long password", role: "learner" }),
    ).rejects.toThrow("An account with this email already exists");
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });

  it("stores the time zone the browser reported, so the study day starts at 4 a.m. there", async () => {
    const email = uniqueEmail("zone");
    const user = await createUser({ name: "Zone", email, password: "a long enough password", timeZone: "Asia/Ho_Chi_Minh" });
    expect(user.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("refuses a password shorter than 12 characters", async () => {
    await expect(createUser({ name: "Short", email: uniqueEmail("short"), password: "elevenchars", role: "learner" })).rejects.toThrow(
      "at least 12 characters",
    );
  });

  it("stores an argon2id hash, never the password", async () => {
    const email = uniqueEmail("hash");
    await createUser({ name: "Hash", email, password: "a long enough password", role: "learner" });
    const row = await getDb().user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("a long enough password");
  });
});

describe("sign in", () => {
  it("accepts the right password and says plainly when it is wrong", async () => {
    const email = uniqueEmail("signin");
    await createUser({ name: "Sign In", email, password: "the right password", role: "instructor" });
    const user = await verifyCredentials({ email, password: "the right password" }, "10.0.0.1", now);
    expect(user).toMatchObject({ email, role: "instructor" });
    await expect(verifyCredentials({ email, password: "the wrong password" }, "10.0.0.1", now)).rejects.toThrow(
      "That email and password do not match",
    );
  });

  it("gives an unknown account the same message as a wrong password", async () => {
    await expect(verifyCredentials({ email: uniqueEmail("nobody"), password: "whatever it is" }, null, now)).rejects.toThrow(
      "That email and password do not match",
    );
  });

  it("locks an account after five failures, even for the right password, until the lock ends", async () => {
    const email = uniqueEmail("locked");
    await createUser({ name: "Locked", email, password: "the right password", role: "learner" });
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email, password: `wrong ${i} password` }, `10.1.0.${i}`, now)).rejects.toThrow("do not match");
    }
    const locked = verifyCredentials({ email, password: "the right password" }, "10.2.0.1", now);
    await expect(locked).rejects.toThrow("Too many failed sign-ins. Try again in 15 minutes.");
    await expect(locked).rejects.toBeInstanceOf(UserFacingError);
    const later = new Date(now.getTime() + 16 * 60_000);
    await expect(verifyCredentials({ email, password: "the right password" }, "10.2.0.1", later)).resolves.toMatchObject({ email });
  });

  it("limits one address trying many accounts, through the database so every instance sees it", async () => {
    const address = "203.0.113.77";
    for (let i = 0; i < 30; i++) {
      await expect(verifyCredentials({ email: uniqueEmail(`spray${i}`), password: "guess password" }, address, now)).rejects.toThrow(
        "do not match",
      );
    }
    const email = uniqueEmail("victim");
    await createUser({ name: "Victim", email, password: "the right password", role: "learner" });
    await expect(verifyCredentials({ email, password: "the right password" }, address, now)).rejects.toThrow("Too many failed sign-ins");
    const row = await getDb().signInThrottle.findUniqueOrThrow({ where: { key: `address:${address}` } });
    expect(row.failures).toBe(30);
  });
});
