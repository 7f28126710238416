import type { Metadata } from "next";
import Link from "next/link";
import { secondaryButton } from "@/components/ui/button-classes";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Your account is deleted</h1>
      <p role="status" className="text-slate-700">
        Your cards, answers, settings and class memberships are gone, and you are signed out everywhere. Thank you for studying with
        Recall.
      </p>
      <Link href="/sign-up" className={`${secondaryButton} w-full`}>
        Create a new account
      </Link>
    </div>
  );
}
