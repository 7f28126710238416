import type { Metadata } from "next";
import { after } from "next/server";
import { AccountSecurity } from "@/components/settings/account-security";
import { ChangeEmailForm } from "@/components/settings/change-email-form";
import { DataDownload } from "@/components/settings/data-download";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { InstructorInvite } from "@/components/settings/instructor-invite";
import { LearnerSettingsForm } from "@/components/settings/learner-settings-form";
import { can } from "@/lib/auth/permissions";
import { countOf } from "@/lib/progress/format-day-key";
import { getAccountDeletionSummary, getPendingEmailChange } from "@/lib/server/account";
import { maybeFitLearnerWeights } from "@/lib/server/fit-learner-weights";
import { getLearnerSettings } from "@/lib/server/learner-settings";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requirePageUser("/settings", "settings:update-own");
  const now = new Date();
  const [settings, deletionSummary, pendingEmail] = await Promise.all([getLearnerSettings(user.id, now), getAccountDeletionSummary(user.id), getPendingEmailChange(user.id, now)]);
  after(() => maybeFitLearnerWeights(user.id, now));
  const { weights } = settings;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <SettingsSection id="study-settings" title="Study">
        <LearnerSettingsForm
          initial={{ desiredRetention: settings.desiredRetention, newCardsPerDay: settings.newCardsPerDay, timeZone: settings.timeZone }}
        />
      </SettingsSection>
      <SettingsSection id="scheduling" title="Scheduling parameters" spacing="space-y-2">
        <p data-testid="weights-status">
          {weights.personal
            ? `Personal scheduling parameters fitted from your ${countOf(weights.fittedOn ?? weights.reviews, "review")}.`
            : `Using default parameters until you have ${weights.needed} reviews (you have ${weights.reviews}).`}
        </p>
        <p className="text-sm text-slate-600">
          FSRS learns how quickly you forget from your own answers. They are fitted again each time you pass another {weights.needed}{" "}
          reviews.
        </p>
      </SettingsSection>
      <SettingsSection id="account" title="Password and sessions">
        <AccountSecurity />
      </SettingsSection>
      <SettingsSection id="email" title="Email address">
        <ChangeEmailForm currentEmail={user.email} pendingEmail={pendingEmail?.newEmail ?? null} />
      </SettingsSection>
      <SettingsSection id="your-data" title="Download your data">
        <DataDownload />
      </SettingsSection>
      {can(user.role, "instructor:invite") && (
        <SettingsSection id="invite" title="Invite an instructor">
          <InstructorInvite />
        </SettingsSection>
      )}
      <SettingsSection id="delete-account" title="Delete your account">
        <DeleteAccountForm summary={deletionSummary} />
      </SettingsSection>
    </div>
  );
}

/** One card of the settings page, named by its heading. */
function SettingsSection({ id, title, spacing = "space-y-4", children }: { id: string; title: string; spacing?: string; children: React.ReactNode }) {
  return (
    <section className={`${spacing} rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
