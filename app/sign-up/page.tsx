import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { getSafeCallbackPath } from "@/lib/server/request-origin";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; invite?: string | string[] }> }) {
  const { callbackUrl, invite } = await searchParams;
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Create an account</h1>
      <AuthForm mode="sign-up" callbackUrl={await getSafeCallbackPath(callbackUrl)} invite={typeof invite === "string" ? invite : undefined} />
    </div>
  );
}
