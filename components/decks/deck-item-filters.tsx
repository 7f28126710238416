import { inputClass, secondaryButton } from "@/components/ui/button-classes";
import { PageLinks } from "@/components/ui/page-links";
import { ITEM_KIND_LABELS, ITEM_TYPE_LABELS, ITEM_TYPES } from "@/lib/classes/fact-kinds";
import { DECK_ITEMS_PER_PAGE, type DeckItemQuery } from "@/lib/classes/filter-deck-items";
import { HAND_WRITTEN_KINDS } from "@/lib/classes/hand-written-item";

const STATUS_LABELS = { "": "Any status", active: "Active", suspended: "Suspended", edited: "Edited" } as const;

/** A plain GET form: the filters live in the URL, so a filtered page can be reloaded, shared and paged on the server. */
export function DeckItemFilters({ path, query }: { path: string; query: DeckItemQuery }) {
  return (
    <form method="get" action={path} role="search" aria-label="Search this deck's questions" className="flex flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:flex-row sm:flex-wrap">
      {/* the search box takes the room the selects leave, never less than a phrase's width */}
      <label className="block sm:min-w-56 sm:flex-1">
        <span className="sr-only">Search questions</span>
        <input type="search" name="q" defaultValue={query.q} placeholder="Search questions and answers" className={inputClass} />
      </label>
      <label className="block">
        <span className="sr-only">Kind of fact</span>
        <select name="kind" defaultValue={query.kind} className={inputClass}>
          <option value="">Any kind</option>
          {HAND_WRITTEN_KINDS.map((k) => (
            <option key={k} value={k}>
              {ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="sr-only">Question type</span>
        <select name="type" defaultValue={query.type} className={inputClass}>
          <option value="">Any type</option>
          {ITEM_TYPES.map((t) => (
            <option key={t} value={t}>
              {ITEM_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="sr-only">Status</span>
        <select name="status" defaultValue={query.status} className={inputClass}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
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

/** "Showing 26–50 of 144" with Previous and Next links that keep the filters. */
export function DeckItemPages({ path, query, total, page, pages, shown }: { path: string; query: DeckItemQuery; total: number; page: number; pages: number; shown: number }) {
  const { q, kind, type, status } = query;
  return (
    <PageLinks
      path={path}
      params={{ q, kind, type, status }}
      pageParam="page"
      total={total}
      page={page}
      pages={pages}
      shown={shown}
      perPage={DECK_ITEMS_PER_PAGE}
      label="Pages of questions"
      empty="No questions match."
      testId="deck-items-range"
    />
  );
}
