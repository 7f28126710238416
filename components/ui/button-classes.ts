// Shared button looks; touch targets are at least 44px high for thumbs.
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl bg-brand-500 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-xl border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50";
export const inputClass =
  "block w-full rounded-xl border border-slate-300 bg-white px-4 py-3 text-base shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";
/** A link back up ("← All decks") standing alone above a page's heading: a full-height touch target too. */
export const backLink = "inline-flex min-h-11 items-center text-sm font-medium text-brand-600 underline";
/** A small text button in a toolbar (Undo, Sign out): quiet, but 44 px high and wide for a thumb. */
export const toolbarButton = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-medium text-slate-600 hover:bg-slate-100 disabled:opacity-40";
