import { secondaryButton } from "@/components/ui/button-classes";

const DOWNLOADS = [
  { href: "/api/account/export?format=csv&table=reviews", label: "Answers (CSV)" },
  { href: "/api/account/export?format=csv&table=cards", label: "Cards (CSV)" },
  { href: "/api/account/export?format=csv&table=own_cards", label: "My cards as written (CSV)" },
  { href: "/api/account/export?format=json", label: "Everything (JSON)" },
  { href: "/api/account/export?format=apkg", label: "Download for Anki" },
] as const;

/** Links to the export route, which checks the session itself; plain links, so no script is needed. */
export function DataDownload() {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Every answer you have given and every card you study, with its schedule: CSV files for a spreadsheet, or one JSON file that also
        holds your settings and says what each column means. Times are in UTC. The Anki package holds your cards with
        their schedule and your answers: import it in Anki with &ldquo;Import any learning progress&rdquo; ticked.
      </p>
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {DOWNLOADS.map(({ href, label }) => (
          <li key={href}>
            <a href={href} download className={`${secondaryButton} w-full sm:w-auto`}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
