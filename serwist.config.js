// `serwist build` (run after `next build` by `npm run build` and scripts/start.ts) bundles
// service-worker/sw.ts with esbuild into public/sw.js and injects the list of files to precache:
// Next's static chunks, public/ and the offline page. Serwist's CLI mode is its documented way
// with Turbopack builds, which its webpack plugin cannot hook into.
import { randomUUID } from "node:crypto";
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "service-worker/sw.ts",
  swDest: "public/sw.js",
  // The offline page renders with the root layout, which reads the session: it is not prerendered, so it is listed here.
  additionalPrecacheEntries: [{ url: "/offline", revision: randomUUID() }],
  globIgnores: ["public/sw.js", "public/sw.js.map"],
});
