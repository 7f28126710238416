import { HOLIDAY_SOURCE, MONTH_NAME_SOURCE, WEEKDAY_SOURCE } from "./calendar-names";
import { lexiconTags } from "./tag-words";

/**
 * The lower-case particles a person's name holds between its capitalised words ("Ana de Souza", "Marc Van den Berghe",
 * "Salem bin Nasser"), as a regex alternation (no groups): one source for the name readers. The chunk reader
 * (find-name-chunks.ts) adds "y" and joins names with "of", "and" ...; the entity rules' NAME (entity-rules.ts,
 * find-entity-facts.ts) reads the wider ENTITY_NAME_PARTICLE_SOURCE.
 */
export const NAME_PARTICLE_SOURCE = "bin|al|de|del|da|dos|van|von|der|den|la|le";
/** NAME_PARTICLE_SOURCE and the particles only a rule's NAME reads: "bint", "ibn", "el", "della", "das", "du". */
export const ENTITY_NAME_PARTICLE_SOURCE = `${NAME_PARTICLE_SOURCE}|bint|ibn|el|della|das|du`;
/**
 * ENTITY_NAME_PARTICLE_SOURCE and the joining words a place's or a body's name holds between its capitalised words:
 * "Rio Grande do Sul", "Universidad de los Andes", "Castilla y León".
 */
export const PLACE_NAME_PARTICLE_SOURCE = `${ENTITY_NAME_PARTICLE_SOURCE}|do|des|di|los|las|y`;
/**
 * PLACE_NAME_PARTICLE_SOURCE and the words that join the capitalised words of any name ("Bank of Uganda", "Office for
 * Health Improvement", "Trinidad and Tobago", "the Principality of Monaco"): the words of a name that are no word of its own.
 */
export const NAME_JOIN_WORD_SOURCE = `of|and|for|the|${PLACE_NAME_PARTICLE_SOURCE}`;
/** One word that is NAME_JOIN_WORD_SOURCE's, as written in lower case. */
export const NAME_JOIN_WORD = new RegExp(`^(?:${NAME_JOIN_WORD_SOURCE})$`);

/** One run of a name's particle words and the capitalised words they join on: " do Sul", " de la Frontera". */
const PARTICLE_GROUP = new RegExp(String.raw`^(\s(?:(?:${PLACE_NAME_PARTICLE_SOURCE})\s){1,2})(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})(?![\p{L}’'-])`, "u");
/** A name's capitalised words and particles that a span starting here would continue: "Santiago de " before "Compostela". */
const PARTICLE_HEAD = new RegExp(String.raw`(?<![\p{L}’'-])(?:(\p{Lu}[\p{L}’'-]*)\s)?(\p{Lu}[\p{L}’'-]*)\s((?:(?:${PLACE_NAME_PARTICLE_SOURCE})\s){1,2})$`, "u");
/** English words a capital opens that "do" may follow: "How do Kenyans ...", "Nor do Brazilians ...". */
const NOT_A_NAME_BEFORE = /^(?:How|Why|What|Where|When|Who|Whom|Which|Whose|Did|Does|Do|Can|Could|Will|Would|Should|Must|Might|May|Nor|So|Neither|They|We|You|I|Not|Only|Rarely|Seldom|Never)$/;
/** Particles that are English words too: "Pupils in Wales do GCSEs", "in Lyon le Monday", "near Detroit van Dyke Avenue". */
const ENGLISH_WORD_PARTICLE = /(?:^|\s)(?:do|la|le|van)(?=\s|$)/;
/** A weekday, month or holiday: "le Monday", "do Christmas shopping" is never the rest of a name. */
const TIME_WORD = new RegExp(String.raw`^(?:${MONTH_NAME_SOURCE}|${WEEKDAY_SOURCE}|${HOLIDAY_SOURCE})$`);
/** A capitalised word that opens a sentence or a phrase, not a name: "In", "The", "How", "Near". */
const notNameWord = (word: string) => NOT_A_NAME_BEFORE.test(word) || lexiconTags(word).some((t) => /Preposition|Determiner|Conjunction|Pronoun|QuestionWord|Adverb|Modal|Adjective|Verb|Plural/.test(t));

/**
 * Whether `particles` may join the name whose capitalised words end at `first`/`last` to what follows: a particle that
 * is an English word too ("do", "le") only after a name of two capitalised words ("Rio Grande do", "Mato Grosso do";
 * not "Wales do GCSEs", "Lyon le Monday").
 */
function particlesJoin(first: string | undefined, last: string | undefined, particles: string): boolean {
  if (!last || notNameWord(last)) return false;
  return !ENGLISH_WORD_PARTICLE.test(particles) || (!!first && !notNameWord(first));
}

/** The capitalised words of `words` before the first weekday, month or holiday among them. */
const beforeTimeWord = (words: string): string => {
  const list = words.split(/\s/);
  const at = list.findIndex((w) => TIME_WORD.test(w));
  return (at < 0 ? list : list.slice(0, at)).join(" ");
};

/** The last one or two capitalised words before `end`, as "Rio Grande" gives them: [first, last]. */
const NAME_END = /(?<![\p{L}’'-])(?:(\p{Lu}[\p{L}’'-]*)\s)?(\p{Lu}[\p{L}’'-]*)$/u;

/**
 * Where a name read from `start` to `end` of `text` really ends, when its particle words follow it ("Rio Grande" in
 * "in Rio Grande do Sul were" ends after "Sul"), or `end` when none do. A lower-case word after the particle ("in
 * Paris do not"), a weekday, month or holiday ("Lyon le Monday"), or an English-word particle after a one-word name
 * ("Wales do GCSEs") is no name's.
 */
export function endOverParticles(text: string, end: number): number {
  return overParticles(text, end, null);
}

/** endOverParticles, with the name's last capitalised words given (`lead`) or, "unknown", not checked. */
function overParticles(text: string, end: number, lead: [string | undefined, string | undefined] | "unknown" | null): number {
  let at = end;
  for (;;) {
    const group = PARTICLE_GROUP.exec(text.slice(at));
    if (!group) return at;
    const found = NAME_END.exec(text.slice(0, at));
    const before = at === end && lead ? lead : found && ([found[1], found[2]] as [string | undefined, string | undefined]);
    if (before !== "unknown" && (!before || !particlesJoin(before[0], before[1], group[1] ?? ""))) return at;
    const words = beforeTimeWord(group[2] ?? "");
    if (!words) return at;
    at += (group[1] ?? "").length + words.length;
    if (words !== group[2]) return at;
  }
}

/** A PARTICLE_HEAD match continues into `span` ("Santiago de |Compostela"), not "Madrid do |El Clásico", "le |Monday". */
function headJoins(head: RegExpExecArray, span: string): boolean {
  const firstWord = /^\p{Lu}[\p{L}’'-]*/u.exec(span)?.[0];
  return !(firstWord && TIME_WORD.test(firstWord)) && particlesJoin(head[1], head[2], head[3] ?? "");
}

/**
 * A name span cut at a particle: the particle and a capitalised word follow it ("Rio Grande| do Sul") or come just
 * before it ("Santiago de |Compostela"). Such a span is half a name: a key that is a wrong answer to a learner.
 */
export function cutAtParticle(text: string, start: number, end: number): boolean {
  return endOverParticles(text, end) !== end || readAfterParticle(text, start, end);
}

/** The half of cutAtParticle that looks back: a particle and a capitalised word just before the span ("Santiago de |Compostela"). */
export function readAfterParticle(text: string, start: number, end: number): boolean {
  const head = PARTICLE_HEAD.exec(text.slice(0, start));
  return !!head && headJoins(head, text.slice(start, end));
}

/**
 * `text` with each `mark` (an elision's "…") widened over the rest of the name it was cut from: "… do Sul study
 * finds" (the title with "Rio Grande" cut out) becomes "… study finds", never half a name beside the cut. `name`, the
 * words cut out, says whether an English-word particle beside the mark is the name's ("Wales": "… do GCSEs" stays).
 */
export function widenOverParticles(text: string, mark: string, name = ""): string {
  const lead = NAME_END.exec(name);
  let out = text;
  for (let at = out.indexOf(mark); at >= 0; at = out.indexOf(mark, at + mark.length)) {
    const end = overParticles(out, at + mark.length, name ? [lead?.[1], lead?.[2]] : "unknown");
    const head = PARTICLE_HEAD.exec(out.slice(0, at));
    const start = head && (name ? headJoins(head, name) : particlesJoin(head[1], head[2], "")) ? head.index : at;
    out = out.slice(0, start) + mark + out.slice(end);
    at = start;
  }
  return out;
}
