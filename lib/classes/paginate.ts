/** One page of a list, and how many pages it has; a page past the end shows the last one (a list shrinks under a stale link). */
export function paginate<T>(list: readonly T[], page: number, perPage: number): { items: T[]; total: number; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(list.length / perPage));
  const shown = Math.min(Math.max(1, page), pages);
  return { items: list.slice((shown - 1) * perPage, shown * perPage), total: list.length, page: shown, pages };
}
