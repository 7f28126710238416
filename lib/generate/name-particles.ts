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

/** A name's particle words and the capitalised words they join on: " do Sul", " de la Frontera", " di Calabria". */
const PARTICLE_TAIL = new RegExp(String.raw`^(?:\s(?:(?:${PLACE_NAME_PARTICLE_SOURCE})\s){1,2}\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})+(?![\p{L}’'-])`, "u");
/** A name's capitalised words and particles that a span starting here would continue: "Santiago de " before "Compostela". */
const PARTICLE_HEAD = new RegExp(String.raw`(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*)\s(?:(?:${PLACE_NAME_PARTICLE_SOURCE})\s){1,2}$`, "u");
/** English words a capital opens that "do" may follow: "How do Kenyans ...", "Nor do Brazilians ...". */
const NOT_A_NAME_BEFORE = /^(?:How|Why|What|Where|When|Who|Whom|Which|Whose|Did|Does|Do|Can|Could|Will|Would|Should|Must|Might|May|Nor|So|Neither|They|We|You|I|Not|Only|Rarely|Seldom|Never)$/;

/**
 * Where a name read from `start` to `end` of `text` really ends, when its particle words follow it ("Rio Grande" in
 * "in Rio Grande do Sul were" ends after "Sul"), or `end` when none do. A lower-case word after the particle ("in
 * Paris do not") is no name's.
 */
export function endOverParticles(text: string, end: number): number {
  const tail = PARTICLE_TAIL.exec(text.slice(end));
  return tail ? end + tail[0].length : end;
}

/**
 * A name span cut at a particle: the particle and a capitalised word follow it ("Rio Grande| do Sul") or come just
 * before it ("Santiago de |Compostela"). Such a span is half a name: a key that is a wrong answer to a learner.
 */
export function cutAtParticle(text: string, start: number, end: number): boolean {
  const head = PARTICLE_HEAD.exec(text.slice(0, start));
  return endOverParticles(text, end) !== end || (!!head && !NOT_A_NAME_BEFORE.test(head[1] ?? ""));
}

/**
 * `text` with each `mark` (an elision's "…") widened over the rest of the name it was cut from: "… do Sul study
 * finds" (the title with "Rio Grande" cut out) becomes "… study finds", never half a name beside the cut.
 */
export function widenOverParticles(text: string, mark: string): string {
  let out = text;
  for (let at = out.indexOf(mark); at >= 0; at = out.indexOf(mark, at + mark.length)) {
    const end = endOverParticles(out, at + mark.length);
    const head = PARTICLE_HEAD.exec(out.slice(0, at));
    const start = head && !NOT_A_NAME_BEFORE.test(head[1] ?? "") ? head.index : at;
    out = out.slice(0, start) + mark + out.slice(end);
    at = start;
  }
  return out;
}
