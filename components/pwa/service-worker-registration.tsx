"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js, built by `serwist build` after `next build`) in
 * production builds. In development there is none: a cache would serve stale code while editing.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // After the page has loaded, so installing (which downloads the app shell) never competes with it.
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}
