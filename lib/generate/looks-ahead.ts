/**
 * Words that put a clause's event after the article's date ("will meet", "plans to open", "is due", "scheduled for",
 * "next week", "until", "by"): one source for the readers that ask whether a day is still to come. Each adds its own
 * few: distractors' past-day test (pick-distractors.ts) also "shall", "would", "set to"; a schedule's day in the ranking
 * (rank-facts.ts) also "from", "starting". (value-rules.ts's day-without-year reads a future by its auxiliary, "is due",
 * "is set", which a bare "due" or "set" would overreach.)
 */
export const LOOKS_AHEAD_SOURCE = "will|plans?|planned|expected|due|scheduled|next|until|by";
