import { describe, expect, it } from "vitest";
import { peersIn } from "@/lib/generate/ask-name-chunk";
import { findNameChunks, type NameChunk } from "@/lib/generate/find-name-chunks";
import { organisationKind } from "@/lib/generate/organisation-kind";

/** peersOf as it read every name of the article for each fact, before the names were sorted once (speed3). */
function scanPeers(fact: { kind: string; answer: string; unit: string; question: string | null; orgKind?: string | null }, all: readonly NameChunk[]): string[] {
  const sameSort = (c: NameChunk) =>
    fact.kind === "place" ? c.noun === fact.unit.toLowerCase() || (fact.unit === "place" && c.noun !== "country") : fact.kind === "organisation" && fact.orgKind && fact.orgKind !== "other" ? organisationKind(c.noun, c.name) === fact.orgKind : c.noun === fact.unit.toLowerCase();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const strict of fact.kind === "person" || (fact.kind === "organisation" && !fact.question) ? [true, false] : [true]) {
    for (const c of all) {
      if (out.length >= 24) return out;
      if (c.kind !== fact.kind || (strict && !sameSort(c)) || seen.has(c.name)) continue;
      seen.add(c.name);
      if ([fact.answer, ...out].some((n) => c.name.includes(n) || n.includes(c.name))) continue;
      out.push(c.name);
    }
  }
  return out;
}

// Invented sentences naming places, people and bodies of several sorts.
const SENTENCES = [
  "Chile and Peru signed the pact in Lima before Elena Marchetti flew to Madrid with Tomas Berg.",
  "Norvik Holdings SA and Brenta Costruzioni SA bid for the work, said Halvard Moen of the Fjord Ports Authority.",
  "The Tromsvik City Council and the Bank of Lusaka met in Oslo; Ana Ruiz of Marlow University spoke.",
  "Ships sailed from Hanoi, Ho Chi Minh City and Ho Chi Minh to the island of Suðuroy.",
];

describe("peersIn: each fact's wrong-option names, from names sorted once per article", () => {
  const chunks = SENTENCES.flatMap((s) => findNameChunks(s));
  const many = [...chunks, ...Array.from({ length: 60 }, (_, i) => ({ kind: "person" as const, name: `Person ${String.fromCharCode(65 + (i % 26))}${i}`, start: 0, end: 0, noun: "" }))];
  const facts = [
    { kind: "place", answer: "Chile", unit: "country", question: null },
    { kind: "place", answer: "Lima", unit: "city", question: "Where?" },
    { kind: "place", answer: "Suðuroy", unit: "place", question: null },
    { kind: "place", answer: "Oslo", unit: "Place", question: null },
    { kind: "person", answer: "Tomas Berg", unit: "", question: null },
    { kind: "organisation", answer: "Norvik Holdings SA", unit: "company", question: "Which company?", orgKind: "company" },
    { kind: "organisation", answer: "Fjord Ports Authority", unit: "authority", question: null, orgKind: "other" },
    { kind: "organisation", answer: "Marlow University", unit: "university", question: null, orgKind: null },
    { kind: "count", answer: "3", unit: "ship", question: null },
  ];
  it("gives every fact the names a scan of all names gives, in the same order", () => {
    for (const all of [chunks, many, []]) {
      const peersOf = peersIn(all);
      for (const f of facts) expect(peersOf(f), `${f.answer} (${all.length} names)`).toEqual(scanPeers(f, all));
    }
  });
});
