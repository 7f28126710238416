/**
 * The one source of month, weekday and holiday names: every list, pattern and lookup of them in lib/ is built from these.
 */

/** January first: `MONTHS[date.getUTCMonth()]`. */
export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Sunday first: `WEEKDAYS[date.getUTCDay()]`. */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Regex alternation (no group) of the months' full names: "January|February|...". */
export const MONTH_NAME_SOURCE = MONTHS.join("|");

/** A month's first three letters ("Jan", "May", "Sep"): with `[a-z]*` after it, any written form of the month. */
export const MONTH_PREFIX_SOURCE = MONTHS.map((m) => m.slice(0, 3)).join("|");

/** Regex alternation of the months' short forms as newspapers write them ("Jan", "Sep", "Sept"); May has none. */
export const MONTH_SHORT_SOURCE = MONTHS.filter((m) => m.length > 3).map((m) => (m === "September" ? "Sept?" : m.slice(0, 3))).join("|");

/** Regex alternation of a month written whole or short: "January|...|December|Jan|...|Sept?|...|Dec". */
export const MONTH_SOURCE = `${MONTH_NAME_SOURCE}|${MONTH_SHORT_SOURCE}`;

/** Regex alternation (no group) of the weekdays' names: "Sunday|Monday|...". */
export const WEEKDAY_SOURCE = WEEKDAYS.join("|");

/** Regex alternation (no group) of the holidays a name may sit beside ("Christmas", "Thanksgiving"): the lexicon tags none. */
export const HOLIDAY_SOURCE = "Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Thanksgiving|Passover|Hogmanay";

/** "Sept." -> 8, "march" -> 2, "Ma" -> null: a month's index from its name or a short form of three letters or more. */
export function monthIndex(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  // ("Sept" is September's first four letters: no case of its own.)
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(n));
  return i < 0 ? null : i;
}

