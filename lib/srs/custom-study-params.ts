// A custom study session as data and as URL parameters: no imports, so the study page's client code can build its
// prefetch address without bundling the scheduler (see custom-study.ts for what each focus means).

export type CustomStudy = { focus: "misses"; days: number } | { focus: "kind"; kind: string } | { focus: "ahead"; days: number };

export const CUSTOM_STUDY_DAYS = [1, 3, 7, 14, 30] as const;

/** A custom session as URL parameters (focus, days or kind): the study page's address and the cards route's. */
export function customStudyParams(custom: CustomStudy | null): [string, string][] {
  if (!custom) return [];
  return custom.focus === "kind" ? [["focus", "kind"], ["kind", custom.kind]] : [["focus", custom.focus], ["days", String(custom.days)]];
}

/** The custom session URL parameters ask for, unchecked (the study scope's schema checks it), or undefined. */
export function readCustomStudyParams(get: (name: string) => string | null): { focus: string; days?: number; kind?: string } | undefined {
  const focus = get("focus");
  if (!focus) return undefined;
  const days = get("days");
  return { focus, ...(days ? { days: Number(days) } : {}), ...(get("kind") ? { kind: get("kind")! } : {}) };
}
