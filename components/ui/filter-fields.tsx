// The pieces of a plain GET filter form (deck page, class dashboard): a search box and selects whose labels are
// read by screen readers only, since each select's first option already says what it filters.
import { inputClass, secondaryButton } from "@/components/ui/button-classes";
import { ITEM_KIND_LABELS } from "@/lib/classes/fact-kinds";
import { HAND_WRITTEN_KINDS } from "@/lib/classes/hand-written-item";

/** [value, label] pairs in display order; "" is the option that filters nothing. */
export type FilterOptions = readonly (readonly [string, string])[];

export const optionsOf = (labels: Record<string, string>): FilterOptions => Object.entries(labels);

/** Questions by the kind of fact they ask, on the deck page and the dashboard alike. */
export const KIND_FILTER_OPTIONS: FilterOptions = [["", "Any kind"], ...HAND_WRITTEN_KINDS.map((k) => [k, ITEM_KIND_LABELS[k] ?? k] as const)];

export function FilterSearch({ name, label, defaultValue, placeholder, className }: { name: string; label: string; defaultValue: string; placeholder: string; className: string }) {
  return (
    <label className={className}>
      <span className="sr-only">{label}</span>
      <input type="search" name={name} defaultValue={defaultValue} placeholder={placeholder} className={inputClass} />
    </label>
  );
}

export function FilterSelect({ name, label, defaultValue, options, className = "block" }: { name: string; label: string; defaultValue: string; options: FilterOptions; className?: string }) {
  return (
    <label className={className}>
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={defaultValue} className={inputClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterButton() {
  return (
    <button type="submit" className={secondaryButton}>
      Filter
    </button>
  );
}
