import Link from "next/link";
import { formatDay } from "@/lib/classes/format";
import type { AssignedDeck } from "@/lib/server/assignments";
import type { DeckPace } from "@/lib/srs/deck-pace";
import { studyAddress } from "@/lib/study/study-query";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { ProgressBar } from "./progress-bar";

const finished = (d: AssignedDeck) => d.itemsTotal > 0 && d.itemsSeen >= d.itemsTotal;

/** " (in 2 days)" while a due date with unseen items is three days off or nearer. */
function soon(d: AssignedDeck, now: Date): string {
  if (!d.dueAt || d.overdue || finished(d)) return "";
  const daysLeft = Math.ceil((d.dueAt.getTime() - now.getTime()) / 86_400_000);
  if (daysLeft > 3) return "";
  return daysLeft <= 0 ? " (today)" : daysLeft === 1 ? " (tomorrow)" : ` (in ${daysLeft} days)`;
}

/** The learner's assigned decks, on the home page and the Classes page alike. */
export function AssignedDeckList({ decks, timeZone, now }: { decks: AssignedDeck[]; timeZone: string; now: Date }) {
  return (
    <ul className="space-y-3">
      {decks.map((d) => (
        <li key={d.assignmentId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="assigned-deck">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <p className="mr-auto font-semibold">{d.deckTitle}</p>
            <p className={`text-sm ${d.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
              {d.dueAt ? `${d.overdue ? "Overdue since" : "Due"} ${formatDay(d.dueAt, timeZone)}${soon(d, now)}` : "No due date"}
            </p>
          </div>
          <p className="text-sm text-slate-600">{d.className}</p>
          <div className="mt-3 flex items-center gap-3">
            <ProgressBar percent={d.completionPercent} label={`${d.deckTitle} progress`} />
            <span className="shrink-0 text-sm tabular-nums text-slate-700">
              {d.itemsSeen} of {d.itemsTotal} seen
            </span>
          </div>
          {d.pace ? <PaceLine pace={d.pace} /> : null}
          <Link href={studyAddress({ deckId: d.deckId })} className={`${finished(d) ? secondaryButton : primaryButton} mt-3`}>
            {finished(d) ? "Review this deck" : "Study this deck"}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** What finishing on time takes: the deck's own pace, which the daily new-card limit does not hold back. */
export function PaceLine({ pace }: { pace: DeckPace }) {
  const days = pace.studyDaysLeft === 1 ? "today" : `over ${pace.studyDaysLeft} days`;
  return (
    <p className={`mt-2 text-sm ${pace.feasible ? "text-slate-700" : "font-medium text-amber-800"}`} data-testid="deck-pace">
      {pace.newToday > 0 ? `${pace.newToday} new today` : "Today's new cards done"} · {pace.perDay} new a day {days} to finish on time
      {pace.feasible ? "" : ": more than anyone can learn well in a day. Ask your instructor about the due date."}
    </p>
  );
}
