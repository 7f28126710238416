import { describe, expect, it } from "vitest";
import { passwordResetEmail, passwordResetLink } from "@/lib/account/account-emails";
import { ChangeEmailSchema, DeleteAccountSchema, ResetPasswordSchema } from "@/lib/auth/credentials";

describe("account forms' schemas", () => {
  it("a new email is trimmed and lower-cased, and must be an email", () => {
    expect(ChangeEmailSchema.parse({ newEmail: "  Ada@Example.ORG ", password: "x" }).newEmail).toBe("ada@example.org");
    expect(ChangeEmailSchema.safeParse({ newEmail: "ada at example", password: "x" }).error?.issues[0]?.message).toContain("valid email");
    expect(ChangeEmailSchema.safeParse({ newEmail: "ada@example.org", password: "" }).error?.issues[0]?.message).toBe("Enter your password to confirm.");
  });

  it("deleting needs the sentence typed, in any case, with spaces around it", () => {
    expect(DeleteAccountSchema.safeParse({ password: "p", confirmation: " Delete My Account " }).success).toBe(true);
    for (const confirmation of ["delete", "delete my acount", "", "yes"]) {
      expect(DeleteAccountSchema.safeParse({ password: "p", confirmation }).error?.issues[0]?.message).toBe("Type “delete my account” to confirm.");
    }
  });

  it("a reset token must be 43 URL-safe characters, and the new password long enough", () => {
    const token = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234";
    expect(ResetPasswordSchema.safeParse({ token, newPassword: "long enough passphrase" }).success).toBe(true);
    expect(ResetPasswordSchema.safeParse({ token: token.slice(1), newPassword: "long enough passphrase" }).success).toBe(false);
    expect(ResetPasswordSchema.safeParse({ token: `${token.slice(1)}/`, newPassword: "long enough passphrase" }).success).toBe(false);
    expect(ResetPasswordSchema.safeParse({ token, newPassword: "short" }).error?.issues[0]?.message).toContain("at least 12");
  });
});

describe("password reset email", () => {
  it("holds the link, how long it works and what to do if it was not asked for", () => {
    const link = passwordResetLink("https://recall.example.org", "tok_en-123");
    expect(link).toBe("https://recall.example.org/reset-password?token=tok_en-123");
    const { subject, text } = passwordResetEmail({ name: "Ada", link });
    expect(subject).toBe("Reset your Recall password");
    expect(text).toContain(`\n${link}\n`);
    expect(text).toContain("within 30 minutes");
    expect(text).toContain("ignore this email");
  });
});
