import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { UserFacingError } from "@/lib/server/errors";
import { createUser, verifyCredentials } from "@/lib/server/users";
import { uniqueAddress, uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("accounts made by trusted callers", () => {
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
    const user = await createUser({ name: "Zone", email, password: "a long enough password", timeZone: "Asia/Ho_Chi_Minh", role: "learner" });
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
    expect(user).toMatchObject({ email, role: "instructor", sessionVersion: 0 });
    await expect(verifyCredentials({ email, password: "the wrong password" }, "10.0.0.1", now)).rejects.toThrow(
      "That email and password do not match",
    );
  });

  it("gives an unknown account the same message as a wrong password", async () => {
    await expect(verifyCredentials({ email: uniqueEmail("nobody"), password: "whatever it is" }, null, now)).rejects.toThrow(
      "That email and password do not match",
    );
  });

  // Regression: five wrong passwords from anywhere used to lock the account for 15 minutes, even for its owner.
  it("lets the owner sign in from their address after someone else's five wrong passwords", async () => {
    const email = uniqueEmail("locked");
    await createUser({ name: "Locked", email, password: "the right password", role: "learner" });
    const attacker = uniqueAddress();
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email, password: `wrong ${i} password` }, attacker, now)).rejects.toThrow("do not match");
    }
    await expect(verifyCredentials({ email, password: "wrong again" }, attacker, now)).rejects.toThrow("Too many failed sign-ins");
    await expect(verifyCredentials({ email, password: "the right password" }, uniqueAddress(), now)).resolves.toMatchObject({ email });
  });

  it("slows one account from one address with a growing delay, not a fixed lockout", async () => {
    const email = uniqueEmail("delay");
    await createUser({ name: "Delay", email, password: "the right password", role: "learner" });
    const address = uniqueAddress();
    for (let i = 0; i < 5; i++) await expect(verifyCredentials({ email, password: "wrong password" }, address, now)).rejects.toThrow("do not match");
    const refused = verifyCredentials({ email, password: "the right password" }, address, after(1));
    await expect(refused).rejects.toThrow("Too many failed sign-ins. Try again in a minute.");
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    // 30 s after the fifth failure it may try again; a sixth failure doubles the wait to a minute.
    await expect(verifyCredentials({ email, password: "wrong password" }, address, after(31))).rejects.toThrow("do not match");
    await expect(verifyCredentials({ email, password: "the right password" }, address, after(31 + 59))).rejects.toThrow("Too many failed");
    await expect(verifyCredentials({ email, password: "the right password" }, address, after(31 + 61))).resolves.toMatchObject({ email });
  });

  it("lets the owner in from an address they used before while another address has failed 50 times", async () => {
    const email = uniqueEmail("owner");
    await createUser({ name: "Owner", email, password: "the right password", role: "learner" });
    const home = uniqueAddress();
    await verifyCredentials({ email, password: "the right password" }, home, now);
    const attacker = uniqueAddress();
    let failed = 0;
    let t = 1;
    // the attacker tries again the moment each delay ends
    while (failed < 50) {
      try {
        await verifyCredentials({ email, password: `guess ${t}` }, attacker, after(t));
      } catch (error) {
        const message = (error as Error).message;
        if (message.includes("do not match")) {
          failed++;
          // and all along, the owner at home signs in at once
          if (failed % 5 === 0) await expect(verifyCredentials({ email, password: "the right password" }, home, after(t))).resolves.toMatchObject({ email });
        } else if (message.includes("Too many")) {
          const minutes = /in (\d+) minutes/.exec(message)?.[1];
          t += minutes ? (Number(minutes) - 1) * 60 : 20;
        } else throw error;
      }
      t += 1;
    }
    await expect(verifyCredentials({ email, password: "the right password" }, home, after(t))).resolves.toMatchObject({ email });
    // some 60 argon2 checks by design: on a loaded 2-core CI machine they can outlast the 30 s default
  }, 180_000);

  it("slows guessing one account from many addresses, but not its owner at a known address", async () => {
    const email = uniqueEmail("spray");
    await createUser({ name: "Sprayed", email, password: "the right password", role: "learner" });
    const home = uniqueAddress();
    await verifyCredentials({ email, password: "the right password" }, home, now);
    for (let i = 0; i < 20; i++) {
      await expect(verifyCredentials({ email, password: `guess ${i}` }, uniqueAddress(), now)).rejects.toThrow("do not match");
    }
    // a fresh address, even with the right password, now waits: the guesser cannot tell a hit from the delay
    await expect(verifyCredentials({ email, password: `guess again` }, uniqueAddress(), after(1))).rejects.toThrow("Too many failed sign-ins");
    await expect(verifyCredentials({ email, password: "the right password" }, uniqueAddress(), after(1))).rejects.toThrow("Too many failed sign-ins");
    await expect(verifyCredentials({ email, password: "the right password" }, home, after(1))).resolves.toMatchObject({ email });
  });

  // Regression (review): the limits were read, then the password checked, then the failure written, so a
  // burst of simultaneous guesses all passed the check before any of them had failed.
  it("lets at most the limit's worth of a burst of simultaneous guesses reach the password check", async () => {
    const email = uniqueEmail("burst");
    await createUser({ name: "Burst", email, password: "the right password", role: "learner" });
    const address = uniqueAddress();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => verifyCredentials({ email, password: `burst guess ${i}` }, address, now)),
    );
    const messages = outcomes.map((o) => (o.status === "rejected" ? (o.reason as Error).message : "signed in"));
    const checked = messages.filter((m) => m.includes("do not match")).length;
    // five tries fit the account-and-address limit; one more may take the first wait's slot
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(6);
    expect(messages.filter((m) => m.includes("Too many failed sign-ins")).length).toBe(20 - checked);
    // refused tries are not counted: the owner's wait is the one the checked guesses earned
    const row = await getDb().signInThrottle.findUniqueOrThrow({ where: { key: `account-address:${email}|${address}` } });
    expect(row.failures).toBe(checked);
  });

  it("limits one address trying many accounts, through the database so every instance sees it", async () => {
    const address = uniqueAddress();
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

describe("the address a sign-in comes from", () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
  const authorize = async (credentials: Record<string, string>, headers: Record<string, string>) => {
    const { authOptions } = await import("@/lib/server/auth-options");
    const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
    return provider.options.authorize(credentials, { headers });
  };

  // Regression: the first X-Forwarded-For entry, which the client writes, was taken as its address.
  it("is the connection's peer, so a fresh X-Forwarded-For on each try does not reset the per-address limit", async () => {
    const { PEER_ADDRESS_HEADER } = await import("@/lib/auth/client-address");
    const peer = uniqueAddress();
    for (let i = 0; i < 30; i++) {
      const headers = { [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": `10.${i}.${i}.${i}` };
      await expect(authorize({ email: uniqueEmail(`xff${i}`), password: "guess password" }, headers)).rejects.toThrow("do not match");
    }
    const email = uniqueEmail("xff-victim");
    await createUser({ name: "Victim", email, password: "the right password", role: "learner" });
    const spoofed = { [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": "10.200.200.200" };
    await expect(authorize({ email, password: "the right password" }, spoofed)).rejects.toThrow("Too many failed sign-ins");
    // and a chosen X-Forwarded-For cannot put an innocent address over the limit
    const chosen = [...Array.from({ length: 30 }, (_, i) => `address:10.${i}.${i}.${i}`), "address:10.200.200.200"];
    expect(await getDb().signInThrottle.count({ where: { key: { in: chosen } } })).toBe(0);
  });

  // Regression (review): the peer header was believed whoever sent it, so under `next start` or `next dev`,
  // where nothing overwrites it, a client could name a fresh address on every try.
  it("ignores a peer address header unless scripts/serve.ts wrote it", async () => {
    const { PEER_ADDRESS_HEADER, PEER_HEADER_TRUSTED_ENV } = await import("@/lib/auth/client-address");
    const { clientAddressFromHeaders } = await import("@/lib/server/client-address");
    const sent = (name: string) => (name === PEER_ADDRESS_HEADER ? "198.51.100.7" : null);
    expect(clientAddressFromHeaders(sent)).toBe("198.51.100.7");
    const saved = process.env[PEER_HEADER_TRUSTED_ENV];
    delete process.env[PEER_HEADER_TRUSTED_ENV];
    try {
      expect(clientAddressFromHeaders(sent)).toBeNull();
    } finally {
      process.env[PEER_HEADER_TRUSTED_ENV] = saved;
    }
  });
});
