import type { HeatmapDay } from "@/lib/progress/compute-review-heatmap";
import { countOf, formatMonthKey } from "@/lib/progress/format-day-key";
import { layoutHeatmap, totalReviewsByMonth } from "@/lib/progress/heatmap-grid";

const CELL = 10;
const STEP = 12;
const LEFT = 26;
const TOP = 14;
// CSS variables (app/globals.css), so the heat scale turns over in the dark theme.
const LEVEL_FILL = ["var(--heat-0)", "var(--heat-1)", "var(--heat-2)", "var(--heat-3)", "var(--heat-4)"] as const;
const WEEKDAY_LABELS = [
  { row: 1, label: "Mon" },
  { row: 3, label: "Wed" },
  { row: 5, label: "Fri" },
];

/**
 * A GitHub-style year of study days: 53 week columns of 7 days. Drawn at a fixed size inside its own scroller, which
 * starts at the right-hand (latest) end by being right-to-left, so phones show recent weeks without JavaScript.
 */
export function ReviewHeatmap({ heatmap }: { heatmap: HeatmapDay[] }) {
  const grid = layoutHeatmap(heatmap);
  const width = LEFT + grid.weeks * STEP;
  const height = TOP + 7 * STEP;
  const total = heatmap.reduce((n, d) => n + d.reviews, 0);
  const studiedDays = heatmap.filter((d) => d.reviews > 0).length;
  const today = heatmap.at(-1);
  const summary = `Reviews per day over the last year: ${countOf(total, "review")} on ${countOf(studiedDays, "day")}; ${countOf(today?.reviews ?? 0, "review")} today.`;
  const months = totalReviewsByMonth(heatmap);
  const todayCell = grid.cells.at(-1);

  return (
    <div className="space-y-2">
      <div
        dir="rtl"
        className="overflow-x-auto rounded-lg focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500"
        tabIndex={0}
        role="region"
        aria-label="Review heatmap (scrolls sideways)"
      >
        <div dir="ltr" className="inline-block min-w-full">
          <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="block" data-testid="review-heatmap">
            <title>{summary}</title>
            {grid.monthLabels.map((m) => (
              <text key={`${m.week}-${m.label}`} x={LEFT + m.week * STEP} y={TOP - 4} fontSize={10} style={{ fill: "var(--chart-label)" }}>
                {m.label}
              </text>
            ))}
            {WEEKDAY_LABELS.map((w) => (
              <text key={w.label} x={0} y={TOP + w.row * STEP + CELL - 1} fontSize={9} style={{ fill: "var(--chart-label)" }}>
                {w.label}
              </text>
            ))}
            {/* One path per level rather than a rect (and tooltip) per day: 371 elements were most of the page's HTML,
                and twice over, as markup and again in the payload React hydrates from. The month table below
                gives the figures in words. */}
            {LEVEL_FILL.map((fill, level) => {
              const d = grid.cells
                .filter((c) => c.level === level)
                .map((c) => `M${LEFT + c.week * STEP} ${TOP + c.weekday * STEP}h${CELL}v${CELL}h-${CELL}z`)
                .join("");
              return d ? <path key={fill} d={d} style={{ fill }} /> : null;
            })}
            {todayCell ? (
              <rect x={LEFT + todayCell.week * STEP} y={TOP + todayCell.weekday * STEP} width={CELL} height={CELL} rx={2} style={{ fill: LEVEL_FILL[todayCell.level], stroke: "var(--chart-outline)" }} strokeWidth={1.5}>
                <title>{`Today: ${countOf(todayCell.reviews, "review")}`}</title>
              </rect>
            ) : null}
          </svg>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>
          Today: <strong className="text-slate-800" data-testid="heatmap-today">{today?.reviews ?? 0}</strong> · {countOf(total, "review")} this year
        </span>
        <span className="flex items-center gap-1" aria-hidden="true">
          Less
          {LEVEL_FILL.map((fill) => (
            <span key={fill} className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: fill }} />
          ))}
          More
        </span>
      </div>
      <table className="sr-only">
        <caption>Reviews per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Reviews</th>
            <th scope="col">Days studied</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonthKey(m.month)}</th>
              <td>{m.reviews}</td>
              <td>{m.daysStudied}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
