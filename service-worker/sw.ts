/// <reference lib="webworker" />
// The service worker, bundled by `serwist build` (serwist.config.js) into public/sw.js after `next build`.
// It precaches the app shell (Next's static chunks, icons, the offline page), keeps the last copy of
// the study page for reloading it offline, and shows /offline instead of the browser's error page for
// any other page. API responses are never cached: the study data the device keeps offline lives in
// IndexedDB (components/offline/), private to the learner and cleared at sign-out with these caches.
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/** Shared with components/offline/clear-offline-data.ts, which deletes it at sign-out. */
const STUDY_PAGE_CACHE = "study-pages";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      // The study page from the network while online (so it is never stale), its last copy offline.
      // It carries questions only, never answers (see StudyCard). Opened offline, the page reads its deck and
      // custom session from the address (components/offline/offline-scope.ts). The custom study form too, so
      // a custom session of one kind can be started offline.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && (url.pathname === "/study" || url.pathname === "/study/custom"),
      handler: new NetworkFirst({
        cacheName: STUDY_PAGE_CACHE,
        networkTimeoutSeconds: 10,
        matchOptions: { ignoreSearch: true },
        plugins: [new ExpirationPlugin({ maxEntries: 8 })],
      }),
    },
    {
      // Every other page needs the server; offline the fallback below answers instead.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && ["style", "script", "font", "image"].includes(request.destination),
      handler: new CacheFirst({ cacheName: "static-assets", plugins: [new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * 24 * 3600 })] }),
    },
  ],
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
