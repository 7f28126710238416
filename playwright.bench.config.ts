import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

// Benchmarks that need a browser; figures are printed, nothing is asserted about speed.
export default defineConfig({
  ...base,
  testDir: "tests/bench",
  reporter: [["list"]],
  projects: [{ name: "pixel7", use: { ...devices["Pixel 7"], launchOptions: base.use?.launchOptions } }],
});
