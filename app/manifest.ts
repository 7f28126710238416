import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): what a phone needs to install Recall and open it on the study page. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Recall",
    short_name: "Recall",
    description: "Quiz items generated from articles, scheduled with FSRS. Study offline; answers sync when you are back online.",
    start_url: "/study",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#2f6fde",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
