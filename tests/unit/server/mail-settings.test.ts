import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readAppUrl, readMailSettings } from "@/lib/server/env";
import { createMailer } from "@/lib/server/mailer";

describe("mail settings", () => {
  it("default to the outbox folder; an empty SMTP_URL counts as unset", () => {
    expect(readMailSettings({})).toEqual({ smtpUrl: null, from: "Recall <no-reply@localhost>", outboxDir: ".data/outbox" });
    expect(readMailSettings({ SMTP_URL: "" }).smtpUrl).toBeNull();
    expect(readMailSettings({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Recall <r@example.org>" })).toMatchObject({
      smtpUrl: "smtps://u:p@mail.example.org:465",
      from: "Recall <r@example.org>",
    });
  });

  it("name a malformed SMTP_URL", () => {
    expect(() => readMailSettings({ SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL must look like smtp:\/\//);
  });

  it("links point to NEXTAUTH_URL, never to a request's host", () => {
    expect(readAppUrl({ NEXTAUTH_URL: "https://recall.example.org/" })).toBe("https://recall.example.org");
    expect(() => readAppUrl({})).toThrow(/NEXTAUTH_URL/);
    expect(() => readAppUrl({ NEXTAUTH_URL: "javascript:alert(1)" })).toThrow(/NEXTAUTH_URL/);
  });
});

describe("the outbox mailer (no SMTP_URL)", () => {
  it("writes the message nodemailer builds as an .eml file", async () => {
    const outboxDir = await mkdtemp(path.join(tmpdir(), "outbox-"));
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const mailer = createMailer({ smtpUrl: null, from: "Recall <no-reply@localhost>", outboxDir: path.join(outboxDir, "nested") });
    await mailer.send({ to: "ada@example.org", subject: "Reset your Recall password", text: "Open https://recall.example.org/reset-password?token=abc" });
    const files = await readdir(path.join(outboxDir, "nested"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = await readFile(path.join(outboxDir, "nested", files[0]!), "utf8");
    expect(raw).toContain("To: ada@example.org");
    expect(raw).toContain("From: Recall <no-reply@localhost>");
    expect(raw).toContain("Subject: Reset your Recall password");
    expect(raw).toContain("reset-password?token=abc");
  });
});
