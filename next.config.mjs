/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WASM-loading server packages stay plain Node requires.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@node-rs/argon2", "pg", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  // A separate build folder lets several builds of one checkout run side by side (parallel test runs).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // npm run bench:js names the modules in each page's JS from these; off otherwise
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === "1",
};
export default nextConfig;
