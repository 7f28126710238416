"use client";

import { primaryButton } from "@/components/ui/button-classes";

// One boundary for every page under the root layout, which stays on screen with its navigation.
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4 rounded-2xl bg-red-50 p-6 text-red-900">
      <p>Something went wrong while loading this page. Try again in a moment.</p>
      <button type="button" onClick={reset} className={primaryButton}>
        Try again
      </button>
    </div>
  );
}
