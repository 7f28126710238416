import { ITEM_TYPE_LABELS, type ItemType } from "@/lib/classes/fact-kinds";

/** Generated questions listed for an instructor to look over: prompt, type and answer. */
export function ItemPreviewList({ items }: { items: { itemId: string; prompt: string; type: string; answer: string }[] }) {
  return (
    <ol className="space-y-2">
      {items.map((item) => (
        <li key={item.itemId} className="rounded-xl border border-slate-200 bg-white p-3 text-sm">
          <p className="font-medium">{item.prompt}</p>
          <p className="text-slate-600">
            {ITEM_TYPE_LABELS[item.type as ItemType] ?? item.type} · Answer: {item.answer}
          </p>
        </li>
      ))}
    </ol>
  );
}
