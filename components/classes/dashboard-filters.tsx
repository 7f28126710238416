import { inputClass, secondaryButton } from "@/components/ui/button-classes";
import { ITEM_KIND_LABELS } from "@/lib/classes/fact-kinds";
import type { DashboardQuery, ITEM_SHOWS, LEARNER_SHOWS } from "@/lib/classes/filter-dashboard";
import { HAND_WRITTEN_KINDS } from "@/lib/classes/hand-written-item";

const LEARNER_SHOW_LABELS: Record<(typeof LEARNER_SHOWS)[number], string> = {
  "": "All learners",
  behind: "Behind on an assignment",
  overdue: "With overdue reviews",
  "not-started": "Not started",
};
const ITEM_SHOW_LABELS: Record<(typeof ITEM_SHOWS)[number], string> = { "": "All questions", flagged: "Flagged", answered: "Answered", unanswered: "Not answered" };

/** The URL parameters of one table, so that searching or paging the other keeps them. */
export const learnerParams = ({ lq, lshow }: DashboardQuery) => ({ lq, lshow });
export const itemParams = ({ iq, ikind, ishow }: DashboardQuery) => ({ iq, ikind, ishow });

// On a phone the search takes a row and the selects share the next, so the form stays short above the table.
const formClass = "flex flex-wrap gap-2 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm";
const searchClass = "block basis-full sm:min-w-56 sm:flex-1 sm:basis-auto";
const selectClass = "block min-w-40 flex-1 sm:flex-none";

/** Hidden fields carrying the other table's search, filter and page through a GET form. */
function Keep({ params }: { params: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(params).map(([name, value]) => (value && value !== 1 ? <input key={name} type="hidden" name={name} value={String(value)} /> : null))}
    </>
  );
}

/** A plain GET form, as on the deck page: the search lives in the URL, so it can be reloaded, shared and paged on the server. */
export function LearnerFilters({ path, query }: { path: string; query: DashboardQuery }) {
  return (
    <form method="get" action={`${path}#learners-heading`} role="search" aria-label="Search learners" className={formClass}>
      <Keep params={{ ...itemParams(query), ipage: query.ipage }} />
      <label className={searchClass}>
        <span className="sr-only">Search learners</span>
        <input type="search" name="lq" defaultValue={query.lq} placeholder="Search names and emails" className={inputClass} />
      </label>
      <label className={selectClass}>
        <span className="sr-only">Show learners</span>
        <select name="lshow" defaultValue={query.lshow} className={inputClass}>
          {Object.entries(LEARNER_SHOW_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButton}>
        Filter
      </button>
    </form>
  );
}

export function ItemFilters({ path, query }: { path: string; query: DashboardQuery }) {
  return (
    <form method="get" action={`${path}#items-heading`} role="search" aria-label="Search questions" className={formClass}>
      <Keep params={{ ...learnerParams(query), lpage: query.lpage }} />
      <label className={searchClass}>
        <span className="sr-only">Search questions</span>
        <input type="search" name="iq" defaultValue={query.iq} placeholder="Search questions" className={inputClass} />
      </label>
      <label className={selectClass}>
        <span className="sr-only">Kind of fact</span>
        <select name="ikind" defaultValue={query.ikind} className={inputClass}>
          <option value="">Any kind</option>
          {HAND_WRITTEN_KINDS.map((k) => (
            <option key={k} value={k}>
              {ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className={selectClass}>
        <span className="sr-only">Show questions</span>
        <select name="ishow" defaultValue={query.ishow} className={inputClass}>
          {Object.entries(ITEM_SHOW_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButton}>
        Filter
      </button>
    </form>
  );
}
