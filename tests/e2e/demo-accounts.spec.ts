import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

interface DemoAccount {
  role: string;
  name: string;
  email: string;
  password: string;
}

// `npm start` prints these and keeps them in .data/demo-accounts.json; the test server starts the same way.
// Read inside the test: on a clean clone the file exists only once the server has started.
const readAccounts = () => JSON.parse(readFileSync(".data/demo-accounts.json", "utf8")) as DemoAccount[];

for (const role of ["learner", "instructor"]) {
  test(`the demo ${role} printed at start can sign in`, async ({ page }) => {
    const account = readAccounts().find((a) => a.role === role);
    expect(account, `no demo ${role} in .data/demo-accounts.json`).toBeDefined();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account!.email);
    await page.getByLabel("Password").fill(account!.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: `Hello, ${account!.name}` })).toBeVisible();
    await expect(page.getByTestId("new-available")).not.toHaveText("0");
  });
}
