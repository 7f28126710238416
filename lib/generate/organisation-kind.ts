/** What sort of body an organisation is, so an option offered for it is the same sort ("news agency" for TASS). */
export type OrganisationKind = "news" | "ministry" | "agency" | "university" | "bank" | "association" | "airline" | "company" | "other";

const KINDS: [OrganisationKind, RegExp][] = [
  ["news", /\b(?:news agency|press agency|wire service|broadcaster|newspaper|news)\b/i],
  ["ministry", /\b(?:ministry|department of)\b/i],
  ["university", /\b(?:university|college|institute of technology)\b/i],
  ["bank", /\bbank\b/i],
  ["association", /\b(?:association|federation|chamber of commerce|union of)\b/i],
  ["agency", /\b(?:agency|regulator|authority|commission|administration|watchdog|office)\b/i],
  // A meat producer is no stand-in for a flagship carrier.
  ["airline", /\b(?:airline|carrier|Airlines?|Airways)\b/],
  [
    "company",
    /\b(?:corporation|company|group|firm|producer|manufacturer|maker|drugmaker|operator|miner|utility|conglomerate|biotech|forwarder|Inc|Ltd|AG|SA|Corp|Pharma|Therapeutics|Motors)\b/i,
  ],
];

/** The kind a descriptor ("Russia's state nuclear corporation") says, else the kind the name says ("Hanul Bio"). */
export function organisationKind(descriptor: string, name: string): OrganisationKind {
  for (const text of [descriptor, name]) for (const [kind, re] of KINDS) if (re.test(text)) return kind;
  return "other";
}
