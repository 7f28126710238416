/**
 * Head nouns of bodies, one source for the readers that ask whether a noun is one (regex alternations, no groups):
 * - DECIDING_BODY_SOURCE: bodies that meet and decide, read in all three lists below;
 * - PUBLIC_BODY_SOURCE: those and the public or member bodies a text goes on to call by their head noun alone.
 * Each reader adds the few of its own, which are named where it does: what a deciding "It" can be
 * (resolve-subject-pronoun.ts, also a cabinet, a jury, shareholders), what an issuer calls itself (place-subject.ts
 * ISSUER_NOUNS, also a company, a bank, "the economy"), whose possessive a body's head is (place-subject.ts
 * BODY_POSSESSIVE, also a fund, a trust, a corporation), and which second body may own an "Its president"
 * (its-role-holder.ts SECOND_BODY, also a firm, a court, a party, the government).
 */
export const DECIDING_BODY_SOURCE = "board|council|committee|tribunal|regulator";
export const PUBLIC_BODY_SOURCE = `${DECIDING_BODY_SOURCE}|agency|commission|authority|institute|foundation|union|ministry|association|federation`;

/**
 * Head words of a body's proper name, capitalised ("Federation" in "Regional Federation of Peasant Workers"): what
 * its-owner.ts reads as a body owning "its president", at the end of a name and inside one. Other lists differ on
 * purpose: entity-rules.ts ORG_HEADS also names places of work (Museum, Hospital, School) and programmes, and its
 * order is a pattern's; its-role-holder.ts BODY_WORD is these and firms' suffixes and foreign spellings;
 * worth-learning.ts BODY_HEAD is the heads a name goes on to after "and" ("Programme", "Bureau", never "Party" or "Court").
 */
export const BODY_HEAD_SOURCE = "Union|Guild|Syndicate|Association|Federation|Council|Commission|Committee|Authority|Agency|Ministry|Department|Bank|Fund|Institute|Foundation|University|Board|Party|Court|Corporation|Trust|Society|Organisation|Organization|Chamber|Alliance|League";

/**
 * A firm's doer nouns, read as a word's ending ("papermaker", "drug producer", "heat supplier"): nouns a text calls a
 * firm by and hardly ever a person. What makes "Tolsby papermaker posts ..." no company's name (extract-facts.ts
 * titleOpeningModifies) and ", a Berlin maker of drones" no person's role (find-name-chunks.ts). Doers that are often
 * people ("grower", "miner", "builder", "developer") are each reader's own choice.
 */
export const FIRM_DOER_SOURCE = "maker|supplier|producer|manufacturer|operator|distributor|exporter|importer|retailer|provider|insurer|lender|carrier|brewer|broadcaster|printer|refiner|shipper|smelter";
/** Firms named by a one-word "-maker" compound ("drugmaker", "Tolsby papermaker"); a lawmaker, playmaker, filmmaker
 * or winemaker is a person (review 32 finding 7). */
const FIRM_MAKER_SOURCE = "drugmaker|carmaker|automaker|chipmaker|papermaker|steelmaker|planemaker|truckmaker|toymaker";
/**
 * A whole word that is a firm's doer: one of FIRM_DOER_SOURCE, after a hyphenated trade at most ("heat-pump maker"),
 * or a firm's "-maker" compound. Anchored, so an ending is no match: "lawmaker", "examiner" (review 32 finding 7).
 */
export const FIRM_DOER_WORD_SOURCE = String.raw`^(?:(?:[a-z]+-)?(?:${FIRM_DOER_SOURCE})|${FIRM_MAKER_SOURCE})$`;
