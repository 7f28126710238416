// Units of measure and the figure they follow, read by value-rules.ts and rate-rules.ts (one table, one source).
/** A figure as these rules read one, in a capture group: "4,200", "14.2", "1,250.5". */
export const FIGURE_GROUP = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

// Units of measure, longest first so "square kilometres" wins over "kilometres". Dimension says how to ask.
export const MEASURE_UNITS: readonly [string, string][] = [
  ["watt-hours per kilogram", "energy density"], ["Wh/kg", "energy density"],
  ["cubic kilometres", "volume"], ["cubic kilometers", "volume"], ["cubic metres", "volume"], ["cubic meters", "volume"],
  ["square kilometres", "area"], ["square kilometers", "area"], ["square miles", "area"], ["square metres", "area"], ["sq km", "area"], ["hectares", "area"], ["acres", "area"],
  ["terawatt-hours", "energy"], ["gigawatt-hours", "energy"], ["megawatt-hours", "energy"], ["kilowatt-hours", "energy"], ["TWh", "energy"], ["GWh", "energy"], ["MWh", "energy"], ["kWh", "energy"],
  ["gigawatts", "power"], ["megawatts", "power"], ["kilowatts", "power"], ["GW", "power"], ["MW", "power"], ["kW", "power"],
  ["kilometres per hour", "speed"], ["kilometers per hour", "speed"], ["miles per hour", "speed"], ["km/h", "speed"], ["mph", "speed"], ["knots", "speed"],
  ["kilometres", "distance"], ["kilometers", "distance"], ["km", "distance"], ["miles", "distance"], ["metres", "distance"], ["meters", "distance"], ["centimetres", "distance"], ["millimetres", "distance"], ["feet", "distance"],
  ["astronomical units", "distance"], ["light-years", "distance"],
  ["tonnes", "mass"], ["tons", "mass"], ["kilograms", "mass"], ["kg", "mass"], ["milligrams", "mass"], ["grams", "mass"],
  ["watts", "power"], ["tesla", "field strength"],
  ["gigahertz", "frequency"], ["megahertz", "frequency"], ["GHz", "frequency"], ["MHz", "frequency"], ["kHz", "frequency"],
  ["litres", "volume"], ["liters", "volume"], ["gallons", "volume"], ["barrels", "volume"],
  ["degrees Celsius", "temperature"], ["degrees Fahrenheit", "temperature"], ["degrees", "temperature"], ["°C", "temperature"], ["°F", "temperature"],
];
export const MEASURE_ALT = MEASURE_UNITS.map(([u]) => u.replace(/[/]/g, "\\/")).join("|");

/** The dimension of a measure unit ("km" -> distance), for the question's wh-phrase. */
export function measureDimension(unit: string): string | null {
  return MEASURE_UNITS.find(([u]) => u === unit)?.[1] ?? null;
}


// Short forms of units that MEASURE_UNITS does not read as measures: a figure before one is no count of things
// ("140 kph", "25 bps", "9 hrs"). Kept apart so the measure rules read no more than they did.
const UNIT_SHORT_FORMS = ["kph", "kmh", "mph", "rpm", "bps", "bpd", "ppm", "ppb", "hrs", "mins", "secs", "sec", "pct", "lbs", "ozs", "yds", "kwh", "mwh", "gwh", "twh", "ghz", "mhz", "khz", "kbps", "mbps", "gbps"];
const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...MEASURE_UNITS.flatMap(([u]) => [u.toLowerCase(), u.toLowerCase().replace(/s$/, "")]),
  ...UNIT_SHORT_FORMS,
  "foot",
]);

/** Whether a lower-cased word is a unit of measure, written out or short ("kilometres", "km", "kph", "megawatt"). */
export function isUnitWord(word: string): boolean {
  return UNIT_WORDS.has(word.toLowerCase());
}
