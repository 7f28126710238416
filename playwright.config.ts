import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// Debian's chromium (apt-get install -y chromium): `npx playwright install` cannot download here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "pixel7", use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts --reset-database",
    url: `${baseURL}/api/auth/providers`,
    reuseExistingServer: false,
    timeout: 600_000, // a first build on a busy 2-core machine takes minutes
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./.data/test-e2e.db",
      PORT: String(PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
      NEXT_TELEMETRY_DISABLED: "1",
      // As behind one reverse proxy: tests sign up from addresses of their own (tests/e2e/support/accounts.ts).
      TRUSTED_PROXY_HOPS: "1",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
