import type { Metadata } from "next";
import { after } from "next/server";
import { AccountSecurity } from "@/components/settings/account-security";
import { InstructorInvite } from "@/components/settings/instructor-invite";
import { LearnerSettingsForm } from "@/components/settings/learner-settings-form";
import { can } from "@/lib/auth/permissions";
import { countOf } from "@/lib/progress/format-day-key";
import { maybeFitLearnerWeights } from "@/lib/server/fit-learner-weights";
import { getLearnerSettings } from "@/lib/server/learner-settings";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requirePageUser("/settings", "settings:update-own");
  const now = new Date();
  const settings = await getLearnerSettings(user.id, now);
  after(() => maybeFitLearnerWeights(user.id, now));
  const { weights } = settings;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <section className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="study-settings-heading">
        <h2 id="study-settings-heading" className="text-lg font-semibold">
          Study
        </h2>
        <LearnerSettingsForm
          initial={{ desiredRetention: settings.desiredRetention, newCardsPerDay: settings.newCardsPerDay, timeZone: settings.timeZone }}
        />
      </section>
      <section className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="scheduling-heading">
        <h2 id="scheduling-heading" className="text-lg font-semibold">
          Scheduling parameters
        </h2>
        <p data-testid="weights-status">
          {weights.personal
            ? `Personal scheduling parameters fitted from your ${countOf(weights.fittedOn ?? weights.reviews, "review")}.`
            : `Using default parameters until you have ${weights.needed} reviews (you have ${weights.reviews}).`}
        </p>
        <p className="text-sm text-slate-600">
          FSRS learns how quickly you forget from your own answers. They are fitted again each time you pass another {weights.needed}{" "}
          reviews.
        </p>
      </section>
      <section className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="account-heading">
        <h2 id="account-heading" className="text-lg font-semibold">
          Password and sessions
        </h2>
        <AccountSecurity />
      </section>
      {can(user.role, "instructor:invite") && (
        <section className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="text-lg font-semibold">
            Invite an instructor
          </h2>
          <InstructorInvite />
        </section>
      )}
    </div>
  );
}
