import { describe, expect, it } from "vitest";
import { SignInSchema, SignUpSchema } from "@/lib/auth/credentials";

describe("SignUpSchema", () => {
  it("normalises the email", () => {
    const parsed = SignUpSchema.parse({ name: " Ada ", email: "  Ada@Example.COM ", password: "twelve chars" });
    expect(parsed).toEqual({ name: "Ada", email: "ada@example.com", password: "twelve chars", timeZone: "UTC" });
  });

  it("keeps the browser's time zone, and falls back to UTC for one it does not know", () => {
    const base = { name: "A", email: "a@b.co", password: "twelve chars" };
    expect(SignUpSchema.parse({ ...base, timeZone: "Asia/Ho_Chi_Minh" }).timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(SignUpSchema.parse({ ...base, timeZone: "Mars/Olympus_Mons" }).timeZone).toBe("UTC");
  });

  it("explains a weak password, a bad email and a missing name in plain words", () => {
    const messages = (input: object) => SignUpSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ name: "A", email: "a@b.co", password: "elevenchars" })).toEqual(["Use at least 12 characters for your password."]);
    expect(messages({ name: "A", email: "not-an-email", password: "twelve chars" })).toEqual([
      "Enter a valid email address, like name@example.com.",
    ]);
    expect(messages({ name: "  ", email: "a@b.co", password: "twelve chars" })).toEqual(["Enter your name."]);
  });

  it("drops a role sent with the form: nobody chooses to be an instructor", () => {
    const parsed = SignUpSchema.parse({ name: "A", email: "a@b.co", password: "twelve chars", role: "instructor" });
    expect(parsed).not.toHaveProperty("role");
  });
});

describe("SignInSchema", () => {
  it("asks for a password when it is empty", () => {
    expect(SignInSchema.safeParse({ email: "a@b.co", password: "" }).error?.issues[0]?.message).toBe("Enter your password.");
  });
});
