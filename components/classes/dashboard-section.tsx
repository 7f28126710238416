import type { ReactNode } from "react";
import { secondaryButton } from "@/components/ui/button-classes";

/** One table of the class dashboard: its heading (the anchor its pager returns to) beside a link to its CSV. */
export function DashboardSection({ id, title, csvHref, children }: { id: string; title: string; csvHref: string; children: ReactNode }) {
  return (
    <section className="space-y-3" aria-labelledby={id}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={id} className="mr-auto text-lg font-semibold">
          {title}
        </h2>
        <a href={csvHref} className={`${secondaryButton} py-2 text-sm`} download>
          Download CSV
        </a>
      </div>
      {children}
    </section>
  );
}

/** What a pager needs to know of one page of rows. */
export const pagerOf = (p: { total: number; page: number; pages: number; items: readonly unknown[] }) => ({ total: p.total, page: p.page, pages: p.pages, shown: p.items.length });
