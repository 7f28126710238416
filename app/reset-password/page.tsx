import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { primaryButton } from "@/components/ui/button-classes";
import { INVALID_RESET_LINK, isPasswordResetUsable } from "@/lib/server/password-reset";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isPasswordResetUsable(token, new Date()));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {INVALID_RESET_LINK}
          </p>
          <Link href="/forgot-password" className={`${primaryButton} w-full`}>
            Send a new link
          </Link>
        </div>
      )}
    </div>
  );
}
