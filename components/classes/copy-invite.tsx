"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/ui/button-classes";

/** The invite link, built from the address the instructor is using, with a copy button. */
export function CopyInvite({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  const path = `/join/${code}`;

  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt("Copy this invite link:", url);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={path} className="break-all text-sm font-medium text-brand-600 underline">
        {path}
      </a>
      <button type="button" onClick={() => void copy()} className={`${secondaryButton} py-2`}>
        {copied ? "Copied" : "Copy invite link"}
      </button>
    </div>
  );
}
