import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { primaryButton } from "@/components/ui/button-classes";
import { findUsableEmailChange, INVALID_EMAIL_CHANGE_LINK } from "@/lib/server/account";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const change = typeof token === "string" ? await findUsableEmailChange(token, new Date()) : null;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Confirm your new email</h1>
      {change && typeof token === "string" ? (
        <ConfirmEmailForm token={token} newEmail={change.newEmail} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {INVALID_EMAIL_CHANGE_LINK}
          </p>
          <Link href="/settings#email" className={`${primaryButton} w-full`}>
            Open Settings
          </Link>
        </div>
      )}
    </div>
  );
}
