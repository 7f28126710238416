// Names no reader took (lane names5): legal forms, a role whose object is a list, a person named before their role,
// a title in capitals before a name, "X and Y's Z", an article before a place's name. Each sentence invented.
import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

const kinds = (sentence: string) => findNameChunks(sentence).map((c) => [c.name, c.kind]);

describe("a company's legal form closes its name", () => {
  it("takes SAS, SARL and Pty Ltd as legal forms", () => {
    expect(kinds("The contract went to Brivane Logistique SAS, a haulier.")).toContainEqual(["Brivane Logistique SAS", "organisation"]);
    expect(kinds("The tiles come from Olvera Cerâmica SARL in the north.")).toContainEqual(["Olvera Cerâmica SARL", "organisation"]);
    expect(kinds("Shares in Tarrago Pty Ltd fell sharply.")).toContainEqual(["Tarrago Pty Ltd", "organisation"]);
  });
  it("takes a legal form written in lower case, with its full stop", () => {
    expect(kinds("The drilling firm Svartá Jarðvarmi ehf. will advise the utility.")).toContainEqual(["Svartá Jarðvarmi ehf.", "organisation"]);
  });
});

describe("a person named by a role no lexicon knows the name of", () => {
  it("after a role whose object is closed by 'and', capitalised or not", () => {
    expect(kinds("The hall was opened by the Regional Secretary for Culture and Heritage, Lúcia Amaral Pinto, on Friday.")).toContainEqual(["Lúcia Amaral Pinto", "person"]);
    expect(kinds("The secretary for the sea and ports, Tomé Vasconcelos Reis, said the quota would fall.")).toContainEqual(["Tomé Vasconcelos Reis", "person"]);
  });
  it("a list of portfolios after a role is still no person", () => {
    expect(kinds("She is Minister of Tourism, Economic Affairs and Transport.").filter(([, k]) => k === "person")).toEqual([]);
  });
  it("after a title in capitals, which is no part of the name", () => {
    expect(kinds("On Monday Prefect Odile Varnier signed the order.")).toContainEqual(["Odile Varnier", "person"]);
  });
  it("after a title, before 'of' and the body the person belongs to", () => {
    expect(kinds("Prefect Odile Varnier of the Regional Council closed the road.")).toEqual([["Odile Varnier", "person"], ["Regional Council", "organisation"]]);
    expect(kinds("Judge Odile Varnier of the High Court adjourned the case.")).toEqual([["Odile Varnier", "person"], ["High Court", "organisation"]]);
    expect(kinds("Chief Executive Odile Varnier of Brenmoor Ltd. said profits rose.")).toEqual([["Odile Varnier", "person"], ["Brenmoor Ltd.", "organisation"]]);
  });
  it("before a role in apposition", () => {
    expect(kinds("Tavita Aumua, a fisheries officer on the atoll, said the ban had worked.")).toContainEqual(["Tavita Aumua", "person"]);
    expect(kinds("Tavita Aumua, a popular tourist destination, drew crowds.").filter(([, k]) => k === "person")).toEqual([]);
  });
});

describe("an office with a qualifier or a longer object, then the name", () => {
  const people = (text: string) => findEntitySpans(text).filter((e) => e.kind === "person").map((e) => text.slice(e.start, e.end));
  it("takes a qualified capitalised office", () => {
    expect(people("The hall was opened by Tavira's Regional Secretary for Culture and Heritage, Lúcia Amaral Pinto, on Friday.")).toContain("Lúcia Amaral Pinto");
  });
  it("takes a lower-case office whose object runs to 'the X and Y'", () => {
    expect(people("The regional secretary for the sea and ports, Tomé Vasconcelos Reis, said the quota would fall.")).toContain("Tomé Vasconcelos Reis");
  });
});

describe("a name before 'and' and another's possessive", () => {
  it("keeps the first name, not only what the possessive owns", () => {
    const found = kinds("Staff from Lindholm University of Aarhus and Vardia's Department of Coastal Affairs counted the birds.");
    expect(found).toContainEqual(["Lindholm University of Aarhus", "organisation"]);
    expect(found).toContainEqual(["Department of Coastal Affairs", "organisation"]);
  });
});

describe("a place named with its article or in apposition", () => {
  it("takes 'Le X' after a preposition of place", () => {
    expect(kinds("The winger, who grew up in Le Morvelet on the east coast, scored twice.")).toContainEqual(["Le Morvelet", "place"]);
  });
  it("takes the name after 'the former capital,'", () => {
    expect(kinds("They flew over the ruined former capital, Tarvesk, before landing.")).toContainEqual(["Tarvesk", "place"]);
  });
});

describe("a place named before the landform it names", () => {
  it("takes 'at X Y beach' and 'the X cirque'", () => {
    expect(kinds("The net at Tarvel Ocosse beach will be replaced.")).toContainEqual(["Tarvel Ocosse", "place"]);
    expect(kinds("A tunnel beneath the Ormalu cirque is late.")).toContainEqual(["Ormalu", "place"]);
  });
});

describe("names cut short or run on (names5 regressions)", () => {
  it("drops every title before a person's name", () => {
    expect(kinds("Professor Ilse Varnhorst, a biologist at the institute, said the count fell.")).toContainEqual(["Ilse Varnhorst", "person"]);
    expect(kinds("She was received by Chief Executive Lo Kam-wing on Monday.").map(([n]) => n)).not.toContain("Executive Lo Kam-wing");
  });
  it("takes no word guessed a role from its ending as a title", () => {
    expect(kinds("The state pays a private airline, Mirador Linhas Aéreas, a flat fee.").filter(([, k]) => k === "person")).toEqual([]);
  });
  it("takes no 'La X' that runs on in lower case", () => {
    expect(kinds("A nurse commutes from La Pobla d'Urvell every day.").map(([n]) => n)).not.toContain("La Pobla");
  });
});

describe("an organisation named in another language or in apposition", () => {
  it("takes 'Université de X' and 'Banco de X'", () => {
    expect(kinds("The study was led by geographers at the Université de Morvane in the capital.")).toContainEqual(["Université de Morvane", "organisation"]);
    expect(kinds("A loan from Banco de Tarvela paid for the pier.")).toContainEqual(["Banco de Tarvela", "organisation"]);
  });
  it("takes a programme that the apposition calls a centre", () => {
    expect(kinds("It commits the Orvik Fisheries Training Programme, a UNESCO-backed centre in the capital, to train skippers.")).toContainEqual(["Orvik Fisheries Training Programme", "organisation"]);
  });
  it("a law in apposition to no body is still no organisation", () => {
    expect(kinds("It follows the Coastal Protection Act, a law passed in 2019.").map(([n]) => n)).not.toContain("Coastal Protection Act");
  });
});
