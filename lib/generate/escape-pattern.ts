/** `text` as a literal inside a regular expression: every character that means something there is escaped. */
export const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
