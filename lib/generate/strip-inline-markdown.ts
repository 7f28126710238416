/** Text of a Markdown line without emphasis, code marks and link targets. Bounded patterns: no backtracking blow-up. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/[*_`]{1,2}([^*_`\n]{1,300})[*_`]{1,2}/g, "$1")
    .replace(/!?\[([^\]\n]{1,300})\]\([^)\s]{0,500}(?:\s"[^"\n]{0,200}")?\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
