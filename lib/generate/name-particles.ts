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
