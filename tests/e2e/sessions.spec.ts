import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp } from "./support/accounts";

test("a password change signs out the other device and keeps this one; 'sign out everywhere' ends both", async ({ page, browser }, testInfo) => {
  const email = await signUp(page, "Two Devices");
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const laptop = await other.newPage();
  await laptop.goto("/sign-in");
  await signIn(laptop, email);
  await expect(laptop.getByRole("heading", { name: "Hello, Two Devices" })).toBeVisible();

  await page.goto("/settings");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("an even sturdier passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Every other device is signed out.")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Hello, Two Devices" })).toBeVisible();
  await laptop.goto("/");
  await expect(laptop.getByRole("link", { name: "Get started" })).toBeVisible();

  await laptop.goto("/sign-in");
  await signIn(laptop, email, "an even sturdier passphrase");
  await expect(laptop.getByRole("heading", { name: "Hello, Two Devices" })).toBeVisible();
  await laptop.goto("/settings");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();
  await other.close();
});
