import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";

export const metadata: Metadata = { title: "Page not found" };

// Shown for any address the app does not have, and for things a person may not see (a class or deck
// of someone else's is "not found" too), inside the root layout with its navigation.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">This page does not exist, or it is not shared with you. Check the link, or carry on from the start.</p>
      <div className="flex flex-wrap gap-2">
        <Link href="/" className={primaryButton}>
          Go home
        </Link>
        <Link href="/study" className={secondaryButton}>
          Study
        </Link>
      </div>
    </div>
  );
}
