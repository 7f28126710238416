import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton } from "@/components/ui/button-classes";

export const metadata: Metadata = { title: "Offline" };

// The service worker shows this instead of the browser's error page for a page it has no copy of
// while the device is offline. Study works offline; most other pages need the server.
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm" data-testid="offline-page">
      <h1 className="text-2xl font-bold">You are offline</h1>
      <p className="text-slate-700">
        This page needs a connection. You can keep studying: answers given offline are kept on this device and checked when you are back
        online.
      </p>
      <Link href="/study" className={primaryButton}>
        Study offline
      </Link>
    </div>
  );
}
