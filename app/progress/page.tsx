import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { AccuracyByKind } from "@/components/progress/accuracy-by-kind";
import { ForecastChart } from "@/components/progress/forecast-chart";
import { MasteryList } from "@/components/progress/mastery-list";
import { ReviewHeatmap } from "@/components/progress/review-heatmap";
import { primaryButton } from "@/components/ui/button-classes";
import { formatPercent } from "@/lib/progress/fact-kind-labels";
import { countOf } from "@/lib/progress/format-day-key";
import { maybeFitLearnerWeights } from "@/lib/server/fit-learner-weights";
import { requirePageUser } from "@/lib/server/page-access";
import { getLearnerProgress, MIN_ATTEMPTS_FOR_WEAKEST, type LearnerProgress } from "@/lib/server/progress";

export const metadata: Metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  const user = await requirePageUser("/progress", "progress:read-own");
  const now = new Date();
  const progress = await getLearnerProgress(user.id, now);
  // Fitting can take seconds; it runs once the page has been sent and never throws.
  after(() => maybeFitLearnerWeights(user.id, now));

  if (progress.totalReviews === 0 && progress.cardsStudied === 0) return <EmptyProgress />;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your progress</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Due today" value={progress.dueToday} testId="due-today" />
        <Figure label="Reviewed today" value={progress.reviewsToday} testId="reviewed-today" />
        <Figure
          label="Streak"
          value={countOf(progress.streak.days, "day")}
          testId="streak"
          note={progress.streak.studiedToday ? "Studied today" : progress.streak.days > 0 ? "Study today to keep it" : "Study today to start one"}
        />
        <Figure
          label="Remembered now"
          value={
            progress.recallNow.meanRecall === null ? (
              <>
                <span aria-hidden="true">–</span>
                <span className="sr-only">Nothing studied yet</span>
              </>
            ) : (
              `≈${formatPercent(progress.recallNow.meanRecall)}`
            )
          }
          testId="retention"
          note={`Target ${formatPercent(progress.desiredRetention)}`}
        />
      </dl>

      <Section
        title="Coming up"
        id="forecast-heading"
        action={
          progress.dueToday > 0 ? (
            <Link href="/study" className="rounded-lg px-2 py-1 text-sm font-semibold text-brand-600 underline hover:bg-brand-50">
              Study now
            </Link>
          ) : null
        }
      >
        <p className="text-sm text-slate-600">Reviews due each day for the next 30 days, overdue ones in today&apos;s bar; new cards are not included.</p>
        <ForecastChart forecast={progress.forecast} />
      </Section>

      <Section title="Reviews this year" id="heatmap-heading">
        <ReviewHeatmap heatmap={progress.heatmap} />
      </Section>

      <Section title="How much you remember" id="retention-heading">
        <RetentionFigure progress={progress} />
      </Section>

      <Section title="Mastery" id="mastery-heading">
        <p className="text-sm text-slate-600">
          An item is mastered once you are expected to remember it for at least three weeks. All content counts its core questions and any other
          question you have studied.
        </p>
        <MasteryList mastery={progress.mastery} />
      </Section>

      <Section title="By kind of fact" id="accuracy-heading">
        <AccuracyByKind accuracy={progress.accuracy} minAttempts={MIN_ATTEMPTS_FOR_WEAKEST} />
      </Section>

      <p className="text-sm text-slate-600">
        {progress.weights.personal
          ? `Your reviews are scheduled with parameters fitted to your own ${countOf(progress.weights.reviews, "answer")}.`
          : `Reviews use default scheduling parameters until you have ${progress.weights.needed} answers (you have ${progress.weights.reviews}).`}{" "}
        <Link href="/settings" className="font-semibold text-brand-600 underline">
          Settings
        </Link>
      </p>
    </div>
  );
}

function Section({ title, id, action, children }: { title: string; id: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="min-w-0 space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={id}>
      <div className="flex items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function Figure({ label, value, testId, note }: { label: string; value: React.ReactNode; testId: string; note?: string }) {
  return (
    <div className="min-w-0 rounded-2xl border border-slate-200 bg-white p-3 text-center shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="text-xs text-slate-500">{note}</dd> : null}
    </div>
  );
}

function RetentionFigure({ progress }: { progress: LearnerProgress }) {
  const { retention, passed, reviews, days } = progress.retention;
  const { meanRecall, cards } = progress.recallNow;
  const now =
    meanRecall === null ? null : (
      <p className="text-sm text-slate-600" data-testid="recall-now">
        Of the {countOf(cards, "card")} you have studied, you are estimated to remember about {formatPercent(meanRecall)} right now; your desired
        retention aims at {formatPercent(progress.desiredRetention)} on an average day.
      </p>
    );
  if (retention === null) {
    return (
      <div className="space-y-1" data-testid="retention-detail">
        <p className="text-slate-600">
          Not enough reviews yet. Once cards come back for review, this shows how many you still remembered over the last {days} days, against
          what the scheduler expected.
        </p>
        {now}
      </div>
    );
  }
  const expected = progress.expectedPassRate;
  return (
    <div className="space-y-1" data-testid="retention-detail">
      <p>
        <span className="text-3xl font-bold tabular-nums">{formatPercent(retention)}</span>{" "}
        <span className="text-slate-600">
          remembered at review: {passed} of {countOf(reviews, "review")} in the last {days} days.
        </span>
      </p>
      {expected === null ? null : (
        <p className="text-sm text-slate-600" data-testid="retention-expected">
          The scheduler expected {formatPercent(expected)} for these reviews. {comparePassRates(retention, expected, reviews)} Cards come back when
          they are starting to fade, so fewer pass at review than you remember on an average day. Learning steps and undone answers are not
          counted.
        </p>
      )}
      {now}
    </div>
  );
}

/** Within two standard errors of the expectation is "as expected": a small sample says little. */
function comparePassRates(actual: number, expected: number, reviews: number): string {
  const margin = 2 * Math.sqrt((expected * (1 - expected)) / reviews);
  if (Math.abs(actual - expected) <= margin) return reviews < 20 ? "That is in line with it, though the sample is still small." : "That is in line with it.";
  return actual > expected
    ? "You remember more than it assumes; once your own parameters are fitted it will space your reviews further apart."
    : "You remember less than it assumes; once your own parameters are fitted it will bring cards back sooner.";
}

function EmptyProgress() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your progress</h1>
      <section className="space-y-4 rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm" data-testid="progress-empty">
        <h2 className="text-lg font-semibold">Nothing to show yet</h2>
        <p className="text-slate-600">
          Answer your first questions and this page fills in: what is due, your streak, how much you remember and which kinds of fact
          you miss most.
        </p>
        <Link href="/study" className={`${primaryButton} w-full sm:w-auto`}>
          Start studying
        </Link>
      </section>
    </div>
  );
}
