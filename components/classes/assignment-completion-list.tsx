import { formatDay } from "@/lib/classes/format";
import type { AssignmentCompletion } from "@/lib/classes/assignment-completion";

const STATUS = { done: "Done", open: "In progress", overdue: "Overdue" } as const;
const STATUS_CLASS = { done: "bg-green-100 text-green-900", open: "bg-slate-100 text-slate-700", overdue: "bg-red-100 text-red-900" } as const;

/** Each assigned deck against its due date: a summary line, and the learners behind it folded away. */
export function AssignmentCompletionList({ assignments, timeZone }: { assignments: AssignmentCompletion[]; timeZone: string }) {
  return (
    <ul className="space-y-3">
      {assignments.map((a) => (
        <li key={a.deckId} className="rounded-2xl border border-slate-200 bg-white" data-testid="assignment-completion">
          <details>
            <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
              <span className="mr-auto font-medium">{a.deckTitle}</span>
              <span className="text-sm text-slate-600">{a.dueAt ? `Due ${formatDay(a.dueAt, timeZone)}` : "No due date"}</span>
              <span className="text-sm text-slate-700">
                {a.learnersDone} of {a.learners.length} done · {a.averagePercent}% on average
                {a.learnersOverdue > 0 ? <span className="font-semibold text-red-800"> · {a.learnersOverdue} overdue</span> : null}
              </span>
            </summary>
            <ul className="divide-y divide-slate-200 border-t border-slate-200 text-sm">
              {a.learners.map((l) => (
                <li key={l.userId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
                  <span className="mr-auto min-w-0 truncate">{l.name}</span>
                  <span className="text-slate-600">
                    {l.itemsSeen} of {l.itemsTotal} ({l.completionPercent}%)
                  </span>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[l.status]}`}>{STATUS[l.status]}</span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
