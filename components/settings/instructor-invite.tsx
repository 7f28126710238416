"use client";

import { useState } from "react";
import { createInstructorInviteAction } from "@/app/instructor/invite/actions";
import { FormError } from "@/components/classes/form-error";
import { secondaryButton } from "@/components/ui/button-classes";

/** Makes a single-use link that signs a colleague up as an instructor. */
export function InstructorInvite() {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create() {
    setPending(true);
    setError(null);
    try {
      const result = await createInstructorInviteAction({});
      if (!result.ok) return setError(result.error);
      setLink(new URL(result.data.path, window.location.origin).toString());
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      <button type="button" disabled={pending} onClick={() => void create()} className={secondaryButton}>
        Create an instructor invite link
      </button>
      <FormError error={error} />
      {link && (
        <p className="text-sm">
          Send this link to your colleague; it works once, for a week:{" "}
          <a data-testid="instructor-invite-link" href={link} className="break-all font-medium text-brand-600 underline">
            {link}
          </a>
        </p>
      )}
    </div>
  );
}
