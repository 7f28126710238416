import { z } from "zod";
import { authorized } from "@/lib/server/action";
import { toJsonResponse } from "@/lib/server/json-route";
import { getStudyCards } from "@/lib/server/study";

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  exclude: z.array(z.string().max(64)).max(200).default([]),
});

const cards = authorized("study:read", Query, async ({ limit, exclude }, user) => {
  const skip = new Set(exclude);
  const found = await getStudyCards(user.id, new Date(), limit + skip.size);
  return found.filter((card) => !skip.has(card.itemId)).slice(0, limit);
});

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return toJsonResponse(await cards({ limit: params.get("limit") ?? undefined, exclude: params.getAll("exclude") }));
}
