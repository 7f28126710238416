import { barHeight, niceAxisMax } from "@/lib/progress/chart-scale";
import type { ForecastDay } from "@/lib/progress/compute-forecast";
import { countOf, formatDayKey } from "@/lib/progress/format-day-key";

const BAR_STEP = 10;
const BAR_WIDTH = 7;
const HEIGHT = 100;

/**
 * Reviews due per day, today first, as SVG bars stretched to the container's width; the axis labels are HTML so they
 * keep their size on any screen. Screen readers get a summary and the figures as a table.
 */
export function ForecastChart({ forecast }: { forecast: ForecastDay[] }) {
  const total = forecast.reduce((n, d) => n + d.due, 0);
  const busiest = forecast.reduce<ForecastDay | null>((best, d) => (best === null || d.due > best.due ? d : best), null);
  const axisMax = niceAxisMax(busiest?.due ?? 0);
  const width = forecast.length * BAR_STEP;
  const summary =
    `Reviews due over the next ${forecast.length} days: ${countOf(forecast[0]?.due ?? 0, "review")} today, ${total} in all` +
    (busiest && busiest.due > 0 ? `; the busiest day is ${formatDayKey(busiest.day)} with ${busiest.due}.` : ".");
  const middle = forecast[Math.floor(forecast.length / 2)];
  const last = forecast.at(-1);

  return (
    <figure className="space-y-1">
      <div className="flex gap-2">
        <div className="flex w-8 shrink-0 flex-col justify-between text-right text-xs tabular-nums text-slate-500" aria-hidden="true">
          {/* centred on their gridlines; a half-way label only when it is a whole number of reviews */}
          <span className="-translate-y-1/2 leading-none">{axisMax}</span>
          <span className="leading-none">{axisMax % 2 === 0 ? axisMax / 2 : ""}</span>
          <span className="translate-y-1/2 leading-none">0</span>
        </div>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-32 w-full min-w-0 overflow-visible"
          data-testid="forecast-chart"
        >
          <title>{summary}</title>
          {[0, 0.5, 1].map((f) => (
            <line key={f} x1={0} x2={width} y1={HEIGHT * f} y2={HEIGHT * f} style={{ stroke: "var(--chart-line)" }} strokeWidth={1} vectorEffect="non-scaling-stroke" />
          ))}
          {forecast.map((d, i) => {
            const h = barHeight(d.due, axisMax, HEIGHT, 1.5);
            return (
              <rect key={d.day} x={i * BAR_STEP + (BAR_STEP - BAR_WIDTH) / 2} y={HEIGHT - h} width={BAR_WIDTH} height={h} rx={1} style={{ fill: i === 0 ? "var(--chart-today)" : "var(--chart-bar)" }}>
                <title>{`${i === 0 ? "Today" : formatDayKey(d.day, { weekday: true })}: ${countOf(d.due, "review")} due`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex justify-between pl-10 text-xs text-slate-500" aria-hidden="true">
        <span>Today</span>
        {middle ? <span>{formatDayKey(middle.day)}</span> : null}
        {last ? <span>{formatDayKey(last.day)}</span> : null}
      </figcaption>
      <table className="sr-only">
        <caption>Reviews due per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Reviews due</th>
          </tr>
        </thead>
        <tbody>
          {forecast.map((d, i) => (
            <tr key={d.day}>
              <th scope="row">{i === 0 ? "Today" : formatDayKey(d.day, { weekday: true })}</th>
              <td>{d.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
