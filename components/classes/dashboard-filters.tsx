import { FilterButton, FilterSearch, FilterSelect, KIND_FILTER_OPTIONS, optionsOf } from "@/components/ui/filter-fields";
import type { DashboardQuery, ITEM_SHOWS, LEARNER_SHOWS } from "@/lib/classes/filter-dashboard";

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
      <FilterSearch name="lq" label="Search learners" defaultValue={query.lq} placeholder="Search names and emails" className={searchClass} />
      <FilterSelect name="lshow" label="Show learners" defaultValue={query.lshow} options={optionsOf(LEARNER_SHOW_LABELS)} className={selectClass} />
      <FilterButton />
    </form>
  );
}

export function ItemFilters({ path, query }: { path: string; query: DashboardQuery }) {
  return (
    <form method="get" action={`${path}#items-heading`} role="search" aria-label="Search questions" className={formClass}>
      <Keep params={{ ...learnerParams(query), lpage: query.lpage }} />
      <FilterSearch name="iq" label="Search questions" defaultValue={query.iq} placeholder="Search questions" className={searchClass} />
      <FilterSelect name="ikind" label="Kind of fact" defaultValue={query.ikind} options={KIND_FILTER_OPTIONS} className={selectClass} />
      <FilterSelect name="ishow" label="Show questions" defaultValue={query.ishow} options={optionsOf(ITEM_SHOW_LABELS)} className={selectClass} />
      <FilterButton />
    </form>
  );
}
