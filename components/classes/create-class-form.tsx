"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createClassAction } from "@/app/classes/actions";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import { FormError } from "./form-error";
import { useActionRunner } from "./use-action-runner";

export function CreateClassForm() {
  const router = useRouter();
  const { pending, error, run } = useActionRunner();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    run(() => createClassAction({ name }), (created) => router.push(`/classes/${created.id}`));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">New class name</span>
        <input name="name" required maxLength={100} placeholder="e.g. Year 9 economics" className={inputClass} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
