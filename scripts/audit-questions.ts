// Flags ill-formed questions and stems in generated items by the generator's own form rules (lib/generate/question-form.ts)
// and counts them by class. Reads the JSON that scripts/generate.ts --json writes:
//   npx tsx scripts/generate.ts <folders> --tier all --json > items.json
//   npx tsx scripts/audit-questions.ts items.json [--list [N]]
// Prints only: it changes nothing. --list prints up to N flagged items per class (build sets only: never list check sets).
import fs from "node:fs";
import { questionFormClass, stemFormClass } from "@/lib/generate/question-form";
import { COMPLETION_PREFIX } from "@/lib/generate/completion-stem";

interface Item {
  type: string;
  kind: string;
  prompt: string;
  answer: string;
}

/** The prompt without its opening source note "(“Title”, Source, Month Year) ". */
function withoutSource(prompt: string): string {
  let text = prompt.startsWith(COMPLETION_PREFIX) ? prompt.slice(COMPLETION_PREFIX.length).trimStart() : prompt;
  if (!text.startsWith("(")) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) {
      text = text.slice(i + 1).replace(/^:?\s+/, "");
      break;
    }
  }
  return text;
}

function main(argv: string[]): number {
  const listAt = argv.indexOf("--list");
  const limit = listAt >= 0 && /^\d+$/.test(argv[listAt + 1] ?? "") ? Number(argv[listAt + 1]) : listAt >= 0 ? Infinity : 0;
  const files = argv.filter((a, i) => a !== "--list" && !(i === listAt + 1 && /^\d+$/.test(a)));
  if (files.length === 0) {
    process.stderr.write("Usage: npx tsx scripts/audit-questions.ts <items.json>... [--list [N]]\n");
    return 2;
  }
  const byClass = new Map<string, string[]>();
  let questions = 0;
  let stems = 0;
  for (const file of files) {
    const items = JSON.parse(fs.readFileSync(file, "utf8")) as Item[];
    for (const item of items) {
      if (item.type === "truefalse") continue;
      const text = withoutSource(item.prompt);
      let found: string | null;
      if (item.type === "cloze" || item.prompt.startsWith(COMPLETION_PREFIX)) {
        stems++;
        found = stemFormClass(text);
      } else {
        questions++;
        found = questionFormClass(text);
      }
      if (found) byClass.set(found, [...(byClass.get(found) ?? []), `${item.type}/${item.kind}: ${text} [${item.answer}]`]);
    }
  }
  process.stdout.write(`${questions} question(s), ${stems} stem(s)\n`);
  for (const [name, flagged] of [...byClass].sort()) process.stdout.write(`${String(flagged.length).padStart(5)}  ${name}\n`);
  if (limit > 0) {
    for (const [name, flagged] of [...byClass].sort()) {
      process.stdout.write(`\n== ${name}\n`);
      for (const line of flagged.slice(0, limit)) process.stdout.write(`${line}\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
