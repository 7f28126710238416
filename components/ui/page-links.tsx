import Link from "next/link";
import { secondaryButton } from "./button-classes";

/** `path?params` with `pageParam` set to the page (left out on page 1) and an optional #fragment. */
export function pageHref(path: string, params: Record<string, string>, pageParam: string, page: number, fragment = ""): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== pageParam) search.set(key, value);
  if (page > 1) search.set(pageParam, String(page));
  const query = search.toString();
  return `${path}${query ? `?${query}` : ""}${fragment ? `#${fragment}` : ""}`;
}

/** "Showing 26–50 of 144" with Previous and Next links that keep every other parameter of the URL. */
export function PageLinks({
  path,
  params,
  pageParam,
  fragment,
  total,
  page,
  pages,
  shown,
  perPage,
  label,
  empty,
  testId,
}: {
  path: string;
  params: Record<string, string>;
  pageParam: string;
  fragment?: string;
  total: number;
  page: number;
  pages: number;
  shown: number;
  perPage: number;
  label: string;
  empty: string;
  testId: string;
}) {
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <p className="mr-auto text-sm text-slate-600" data-testid={testId}>
        {total === 0 ? empty : `Showing ${first}–${first + shown - 1} of ${total}${pages > 1 ? ` · page ${page} of ${pages}` : ""}`}
      </p>
      {page > 1 ? (
        <Link href={pageHref(path, params, pageParam, page - 1, fragment)} className={secondaryButton} rel="prev">
          Previous
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={pageHref(path, params, pageParam, page + 1, fragment)} className={secondaryButton} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
