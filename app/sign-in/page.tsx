import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { getSafeCallbackPath } from "@/lib/server/request-origin";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; created?: string | string[] }> }) {
  const { callbackUrl, created } = await searchParams;
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <AuthForm mode="sign-in" callbackUrl={await getSafeCallbackPath(callbackUrl)} created={created === "1"} />
    </div>
  );
}
