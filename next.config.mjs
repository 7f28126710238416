/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WASM-loading server packages stay plain Node requires.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@node-rs/argon2", "pg", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  // A separate build folder lets several builds of one checkout run side by side (parallel test runs).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
};
export default nextConfig;
