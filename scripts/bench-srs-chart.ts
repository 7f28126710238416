import type { CurvePoint } from "@/lib/srs/simulate/curves";

/** One panel of the chart: several arms' curves (study hours per learner against mean retention). */
export type ChartPanel = { title: string; series: { name: string; color: string; points: readonly CurvePoint[] }[] };

const W = 360;
const H = 260;
const PAD = { left: 48, right: 12, top: 28, bottom: 36 };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function panel(p: ChartPanel, x0: number, y0: number): string {
  const all = p.series.flatMap((s) => s.points);
  const xs = all.map((q) => q.retention);
  const ys = all.map((q) => q.cost);
  const xMin = Math.floor(Math.min(...xs) * 50) / 50;
  const xMax = Math.ceil(Math.max(...xs) * 50) / 50;
  const yMax = Math.max(...ys) * 1.05;
  const sx = (x: number) => x0 + PAD.left + ((x - xMin) / (xMax - xMin || 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => y0 + H - PAD.bottom - (y / (yMax || 1)) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  parts.push(`<text x="${x0 + W / 2}" y="${y0 + 16}" text-anchor="middle" font-size="12" font-weight="bold">${escape(p.title)}</text>`);
  parts.push(`<rect x="${x0 + PAD.left}" y="${y0 + PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" fill="none" stroke="#ccc"/>`);
  for (let k = 0; k <= 4; k++) {
    const x = xMin + ((xMax - xMin) * k) / 4;
    const y = (yMax * k) / 4;
    parts.push(`<text x="${sx(x)}" y="${y0 + H - PAD.bottom + 14}" text-anchor="middle" font-size="10">${x.toFixed(3)}</text>`);
    parts.push(`<text x="${x0 + PAD.left - 4}" y="${sy(y) + 3}" text-anchor="end" font-size="10">${y.toFixed(0)}</text>`);
  }
  parts.push(`<text x="${x0 + W / 2}" y="${y0 + H - 6}" text-anchor="middle" font-size="10">mean retention</text>`);
  parts.push(`<text x="${x0 + 10}" y="${y0 + H / 2}" font-size="10" transform="rotate(-90 ${x0 + 10} ${y0 + H / 2})" text-anchor="middle">study hours per learner</text>`);
  for (const s of p.series) {
    const pts = [...s.points].sort((a, b) => a.retention - b.retention);
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="1.5" points="${pts.map((q) => `${sx(q.retention).toFixed(1)},${sy(q.cost).toFixed(1)}`).join(" ")}"/>`);
    for (const q of pts) parts.push(`<circle cx="${sx(q.retention).toFixed(1)}" cy="${sy(q.cost).toFixed(1)}" r="2.5" fill="${s.color}"><title>${escape(`${s.name} ${q.setting}: ${q.retention.toFixed(4)}, ${q.cost.toFixed(1)} h`)}</title></circle>`);
  }
  return parts.join("\n");
}

/** Panels in a grid, `columns` wide, with one legend for all (series matched by name). */
export function renderCurvesSvg(panels: readonly ChartPanel[], columns: number, caption: string): string {
  const rows = Math.ceil(panels.length / columns);
  const legend = panels[0]?.series ?? [];
  const height = rows * H + 40;
  const width = columns * W;
  const body = panels.map((p, k) => panel(p, (k % columns) * W, Math.floor(k / columns) * H)).join("\n");
  const keys = legend.map((s, k) => `<rect x="${10 + k * 220}" y="${rows * H + 8}" width="12" height="12" fill="${s.color}"/><text x="${26 + k * 220}" y="${rows * H + 18}" font-size="11">${escape(s.name)}</text>`).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="white"/>
${body}
${keys}
<text x="10" y="${rows * H + 34}" font-size="10" fill="#555">${escape(caption)}</text>
</svg>
`;
}
