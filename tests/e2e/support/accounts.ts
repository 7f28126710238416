import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a sturdy passphrase";

/** Signs up a new account through the form and waits for the signed-in home page. */
export async function signUp(page: Page, name: string, role: "learner" | "instructor" = "learner"): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  if (role === "instructor") await page.getByLabel("an instructor").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  return email;
}
