/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WASM-loading server packages stay plain Node requires.
  serverExternalPackages: ["@prisma/client", "@libsql/client", "libsql", "@node-rs/argon2", "pg", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  typedRoutes: false,
};
export default nextConfig;
