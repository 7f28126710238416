import { FilterButton, FilterSearch, FilterSelect, KIND_FILTER_OPTIONS, optionsOf, type FilterOptions } from "@/components/ui/filter-fields";
import { PageLinks } from "@/components/ui/page-links";
import { ITEM_TYPE_LABELS, ITEM_TYPES } from "@/lib/classes/fact-kinds";
import { DECK_ITEMS_PER_PAGE, type DeckItemQuery } from "@/lib/classes/filter-deck-items";

const STATUS_LABELS = { "": "Any status", active: "Active", suspended: "Suspended", edited: "Edited" } as const;
const TYPE_OPTIONS: FilterOptions = [["", "Any type"], ...ITEM_TYPES.map((t) => [t, ITEM_TYPE_LABELS[t]] as const)];

/** A plain GET form: the filters live in the URL, so a filtered page can be reloaded, shared and paged on the server. */
export function DeckItemFilters({ path, query }: { path: string; query: DeckItemQuery }) {
  return (
    <form method="get" action={path} role="search" aria-label="Search this deck's questions" className="flex flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm sm:flex-row sm:flex-wrap">
      {/* the search box takes the room the selects leave, never less than a phrase's width */}
      {/* the search box takes the room the selects leave, never less than a phrase's width */}
      <FilterSearch name="q" label="Search questions" defaultValue={query.q} placeholder="Search questions and answers" className="block sm:min-w-56 sm:flex-1" />
      <FilterSelect name="kind" label="Kind of fact" defaultValue={query.kind} options={KIND_FILTER_OPTIONS} />
      <FilterSelect name="type" label="Question type" defaultValue={query.type} options={TYPE_OPTIONS} />
      <FilterSelect name="status" label="Status" defaultValue={query.status} options={optionsOf(STATUS_LABELS)} />
      <FilterButton />
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
