import { randomUUID } from "node:crypto";
import Link from "next/link";
import { AssignedDeckList } from "@/components/classes/assigned-deck-list";
import { FreshOnHistoryVisit } from "@/components/ui/fresh-on-history-visit";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { getCurrentUser } from "@/lib/server/session";
import { getAssignedDecksForLearner, type AssignedDeck } from "@/lib/server/assignments";
import { getStudySummary, type StudySummary } from "@/lib/server/study";
import { homeNextStep } from "@/lib/study/home-next-step";
import { studyAddress } from "@/lib/study/study-query";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="space-y-6 py-8 text-center">
        <h1 className="text-3xl font-bold sm:text-4xl">Learn what matters in every article</h1>
        <p className="mx-auto max-w-xl text-lg text-slate-600">
          Recall turns articles into quiz questions — figures, people, dates and places — and schedules your reviews with FSRS
          so you remember them with the fewest reviews.
        </p>
        <div className="flex justify-center gap-3">
          <Link href="/sign-up" className={primaryButton}>
            Get started
          </Link>
          <Link href="/sign-in" className={secondaryButton}>
            Sign in
          </Link>
        </div>
      </section>
    );
  }

  const now = new Date();
  const [summary, assigned] = await Promise.all([getStudySummary(user.id, now), getAssignedDecksForLearner(user.id, now)]);
  // After Back or Forward the figures rendered earlier are out of date: the page is asked for again.
  return (
    <FreshOnHistoryVisit renderId={randomUUID()} fallback={<PageSkeleton />}>
      <Home name={user.name} summary={summary} assigned={assigned} now={now} timeZone={user.timeZone} />
    </FreshOnHistoryVisit>
  );
}

function Home({ name, summary, assigned, now, timeZone }: { name: string; summary: StudySummary; assigned: AssignedDeck[]; now: Date; timeZone: string }) {
  const paces = assigned.map((d) => ({ deckId: d.deckId, deckTitle: d.deckTitle, newToday: d.pace?.newToday ?? 0 }));
  const next = homeNextStep(summary, paces);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Hello, {name}</h1>
      {assigned.length > 0 && (
        <section aria-labelledby="assigned-heading" className="space-y-3">
          <h2 id="assigned-heading" className="text-lg font-semibold">
            Assigned to you
          </h2>
          <AssignedDeckList decks={assigned} timeZone={timeZone} now={now} />
        </section>
      )}
      <dl className="grid grid-cols-3 gap-3">
        <Stat label="Studied today" value={summary.studiedToday} testId="studied-today" />
        <Stat label="Due now" value={summary.dueNow} testId="due-now" />
        <Stat label="New available" value={summary.newAvailable} testId="new-available" />
      </dl>
      {next.kind === "study" ? (
        <Link href="/study" className={`${primaryButton} w-full sm:w-auto`}>
          Study now ({next.count})
        </Link>
      ) : next.kind === "assigned" ? (
        <p className="rounded-xl bg-amber-50 p-4 text-amber-900" data-testid="assigned-next">
          Your daily new cards are done, but {next.deckTitle} needs {next.newToday} more today to finish by its due date.{" "}
          <Link href={studyAddress({ deckId: next.deckId })} className="font-semibold underline">
            Study {next.deckTitle}
          </Link>
        </p>
      ) : (
        <p className="rounded-xl bg-green-50 p-4 text-green-900">
          You are all caught up. Come back later, or <Link href={studyAddress({ more: true })} className="font-semibold underline">study more</Link>.
        </p>
      )}
      <ul className="space-y-1">
        <li>
          <Link href="/study/custom" className="inline-flex min-h-11 items-center font-medium text-brand-600 underline">
            Custom study: my misses, one kind of fact, ahead of a test
          </Link>
        </li>
        <li>
          <Link href="/cards" className="inline-flex min-h-11 items-center font-medium text-brand-600 underline">
            My cards: write your own basic and cloze cards
          </Link>
        </li>
      </ul>
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 text-center shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
