import { formatLastActive, formatShare } from "@/lib/classes/format";
import type { LearnerProgress } from "@/lib/classes/class-dashboard";
import { ProgressBar } from "./progress-bar";

/** Cards on a phone, a table from the sm breakpoint up. */
export function LearnerProgressList({ learners, now, windowDays }: { learners: LearnerProgress[]; now: Date; windowDays: number }) {
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {learners.map((l) => (
          <li key={l.userId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="learner-progress">
            <p className="font-semibold">{l.name}</p>
            <div className="mt-2 flex items-center gap-3">
              <ProgressBar percent={l.completionPercent} label={`${l.name} progress`} />
              <span className="shrink-0 text-sm tabular-nums">
                {l.itemsSeen} of {l.itemsTotal}
              </span>
            </div>
            <dl className="mt-3 grid grid-cols-3 gap-2 text-center text-sm">
              <Figure label="Retention" value={formatShare(l.retention)} />
              <Figure label="Overdue" value={String(l.overdueCards)} />
              <Figure label="Active" value={formatLastActive(l.lastActiveAt, now)} />
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white sm:block">
        <table className="w-full text-left text-sm">
          <thead className="whitespace-nowrap bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3">Learner</th>
              <th scope="col" className="px-4 py-3">Seen</th>
              <th scope="col" className="px-4 py-3" title={`Share of answers not rated Again in the last ${windowDays} days`}>
                Retention
              </th>
              <th scope="col" className="px-4 py-3">Overdue</th>
              <th scope="col" className="px-4 py-3">Last active</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {learners.map((l) => (
              <tr key={l.userId} data-testid="learner-progress-row">
                <th scope="row" className="px-4 py-3 font-medium">
                  {l.name}
                  <span className="block text-xs font-normal text-slate-500">{l.email}</span>
                </th>
                <td className="px-4 py-3">
                  <div className="flex min-w-36 items-center gap-2">
                    <ProgressBar percent={l.completionPercent} label={`${l.name} progress`} />
                    <span className="shrink-0 tabular-nums">
                      {l.itemsSeen} of {l.itemsTotal}
                    </span>
                  </div>
                </td>
                <td className="px-4 py-3 tabular-nums">{formatShare(l.retention)}</td>
                <td className="px-4 py-3 tabular-nums">{l.overdueCards}</td>
                <td className="px-4 py-3">{formatLastActive(l.lastActiveAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl bg-slate-50 p-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
