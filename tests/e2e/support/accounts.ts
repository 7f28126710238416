import { readFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "a sturdy passphrase";

export const uniqueEmail = (name: string) => `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

/**
 * Fills and sends the sign-up form (at `path`: an invite link, a callback) and waits for the
 * sign-in form that follows every sign-up, new email or taken.
 */
export async function submitSignUp(page: Page, name: string, email: string, { path = "/sign-up", password = PASSWORD } = {}) {
  // Each new account comes from a network of its own, as real sign-ups do: the test server believes one proxy hop
  // (TRUSTED_PROXY_HOPS=1 in playwright.config.ts), and the suite signs up more accounts than one address may in
  // an hour (SIGN_UP_ADDRESS_RULE).
  await page.setExtraHTTPHeaders({ "x-forwarded-for": testNetworkAddress() });
  await page.goto(path);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText("Your account is ready. Sign in with the email and password you just chose.");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

/** An address in 10.0.0.0/8, different for each call in practice. */
export const testNetworkAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs up a new learner (or, through `invitePath`, an instructor), signs in and waits for the home page. */
export async function signUp(page: Page, name: string, { email = uniqueEmail(name), invitePath }: { email?: string; invitePath?: string } = {}): Promise<string> {
  await submitSignUp(page, name, email, { path: invitePath });
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  return email;
}

interface DemoAccount {
  role: string;
  name: string;
  email: string;
  password: string;
}

// `npm start` prints these and keeps them in .data/demo-accounts.json; the test server starts the same way.
export const readDemoAccounts = () => JSON.parse(readFileSync(".data/demo-accounts.json", "utf8")) as DemoAccount[];

/** Nobody picks the instructor role: the demo instructor makes an invite link in Settings, as a colleague would. */
export async function instructorInvitePath(browser: Browser, baseURL: string | undefined): Promise<string> {
  const demo = readDemoAccounts().find((a) => a.role === "instructor")!;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, demo.email, demo.password);
  await expect(page.getByRole("heading", { name: `Hello, ${demo.name}` })).toBeVisible();
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create an instructor invite link" }).click();
  const link = await page.getByTestId("instructor-invite-link").getAttribute("href");
  await context.close();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}
