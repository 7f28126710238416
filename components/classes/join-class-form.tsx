"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { joinClassAction } from "@/app/classes/actions";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import { FormError } from "./form-error";
import { useActionRunner } from "./use-action-runner";

/** Joins by typed code, or (with `code`) confirms an invite link's class. */
export function JoinClassForm({ code, className }: { code?: string; className?: string }) {
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const joined = (name: string) => router.push(`/classes?joined=${encodeURIComponent(name)}`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = code ?? String(new FormData(event.currentTarget).get("code") ?? "");
    run(() => joinClassAction({ code: typed }), (result) => joined(result.name));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {code ? null : (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Class code</span>
          <input
            name="code"
            required
            maxLength={12}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="6 letters and digits"
            className={`${inputClass} font-mono uppercase tracking-widest placeholder:font-sans placeholder:normal-case placeholder:tracking-normal`}
          />
        </label>
      )}
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? "Joining…" : className ? `Join ${className}` : "Join class"}
      </button>
    </form>
  );
}
