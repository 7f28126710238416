import { randomUUID } from "node:crypto";
import Link from "next/link";
import { PaceLine } from "@/components/classes/assigned-deck-list";
import { FreshOnHistoryVisit } from "@/components/ui/fresh-on-history-visit";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { formatDay } from "@/lib/classes/format";
import { getCurrentUser } from "@/lib/server/session";
import { getAssignedDecksForLearner, type AssignedDeck } from "@/lib/server/assignments";
import { getStudySummary, type StudySummary } from "@/lib/server/study";

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
  const toStudy = summary.dueNow + summary.newAvailable;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Hello, {name}</h1>
      {assigned.length > 0 && <AssignedDecks decks={assigned} now={now} timeZone={timeZone} />}
      <dl className="grid grid-cols-3 gap-3">
        <Stat label="Studied today" value={summary.studiedToday} testId="studied-today" />
        <Stat label="Due now" value={summary.dueNow} testId="due-now" />
        <Stat label="New available" value={summary.newAvailable} testId="new-available" />
      </dl>
      {toStudy > 0 ? (
        <Link href="/study" className={`${primaryButton} w-full sm:w-auto`}>
          Study now ({toStudy})
        </Link>
      ) : (
        <p className="rounded-xl bg-green-50 p-4 text-green-900">
          You are all caught up. Come back later, or <Link href="/study?more=1" className="font-semibold underline">study more</Link>.
        </p>
      )}
      <p>
        <Link href="/study/custom" className="inline-flex min-h-11 items-center font-medium text-brand-600 underline">
          Custom study: my misses, one kind of fact, ahead of a test
        </Link>
      </p>
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

function AssignedDecks({ decks, now, timeZone }: { decks: AssignedDeck[]; now: Date; timeZone: string }) {
  return (
    <section aria-labelledby="assigned-heading" className="space-y-3">
      <h2 id="assigned-heading" className="text-lg font-semibold">
        Assigned to you
      </h2>
      <ul className="space-y-2">
        {decks.map((deck) => {
          const done = deck.itemsTotal > 0 && deck.itemsSeen >= deck.itemsTotal;
          const daysLeft = deck.dueAt ? Math.ceil((deck.dueAt.getTime() - now.getTime()) / 86_400_000) : null;
          return (
            <li key={deck.assignmentId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="assigned-deck">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-semibold">{deck.deckTitle}</p>
                  <p className="text-sm text-slate-500">
                    {deck.className}
                    {deck.dueAt && (
                      <span className={deck.overdue ? "font-medium text-red-700" : ""}>
                        {" · due "}
                        {formatDay(deck.dueAt, timeZone)}
                        {deck.overdue ? " (overdue)" : daysLeft !== null && daysLeft <= 3 && !done ? ` (${daysLeft <= 0 ? "today" : `in ${daysLeft} days`})` : ""}
                      </span>
                    )}
                  </p>
                </div>
                <Link href={`/study?deck=${encodeURIComponent(deck.deckId)}`} className={`${done ? secondaryButton : primaryButton} shrink-0`}>
                  {done ? "Review" : "Study"}
                </Link>
              </div>
              {deck.pace && !done ? <PaceLine pace={deck.pace} /> : null}
              <div className="mt-3 flex items-center gap-3 text-sm text-slate-600">
                <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={deck.completionPercent} aria-label={`${deck.deckTitle} completion`}>
                  <div className="h-full rounded-full bg-brand-500" style={{ width: `${deck.completionPercent}%` }} />
                </div>
                <span className="tabular-nums">
                  {deck.itemsSeen}/{deck.itemsTotal} seen
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
