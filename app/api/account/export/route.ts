import { z } from "zod";
import { exportFileName, toCardRecord, toFlagRecord, toOwnCardRecord, toReviewRecord } from "@/lib/account/data-export";
import { mapPages, toCsvChunks, toJsonChunks } from "@/lib/account/export-serialize";
import { authorized } from "@/lib/server/action";
import { getAccountExportHeader, readCardPages, readFlagPages, readOwnCardPages, readReviewPages } from "@/lib/server/account-export";
import { NotFoundError } from "@/lib/server/errors";
import { exportLearnerApkg } from "@/lib/server/learner-apkg";
import { toJsonResponse } from "@/lib/server/json-route";

const Query = z.discriminatedUnion("format", [
  z.object({ format: z.literal("csv"), table: z.enum(["cards", "reviews", "own_cards"], "Ask for table=cards, table=reviews or table=own_cards.") }),
  z.object({ format: z.literal("json") }),
  z.object({ format: z.literal("apkg") }),
], { error: "Ask for format=csv (with table=cards, table=reviews or table=own_cards), format=json or format=apkg." });

// Checks the caller (and that the account still exists) before a byte is sent; the rows then stream.
const startExport = authorized("progress:read-own", Query, async (query, user) => {
  const account = await getAccountExportHeader(user.id);
  if (!account) throw new NotFoundError("Your account");
  return { query, userId: user.id, account };
});

/**
 * GET ?format=csv&table=cards|reviews|own_cards, or ?format=json (account, cards, reviews, own cards and question reports in
 * one file), or ?format=apkg (the cards with their schedule and the answers, for Anki): the signed-in user's own data
 * as a download. The columns are in lib/account/data-export.ts and the README, the Anki mapping in lib/srs/anki-schedule.ts.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const result = await startExport({ format: params.get("format") ?? undefined, table: params.get("table") ?? undefined });
  if (!result.ok) return toJsonResponse(result);
  const { query, userId, account } = result.data;
  if (query.format === "apkg") return apkgResponse(userId);
  const now = new Date();
  const cards = () => mapPages(readCardPages(userId), toCardRecord);
  const reviews = () => mapPages(readReviewPages(userId), toReviewRecord);
  const ownCards = () => mapPages(readOwnCardPages(userId), toOwnCardRecord);
  const chunks =
    query.format === "json"
      ? toJsonChunks({ exportedAt: now, account, cards: cards(), reviews: reviews(), own_cards: ownCards(), flags: mapPages(readFlagPages(userId), toFlagRecord) })
      : toCsvChunks(query.table, query.table === "cards" ? cards() : query.table === "reviews" ? reviews() : ownCards());
  const fileName = exportFileName(query.format === "json" ? "data" : query.table, query.format, now);
  return new Response(toByteStream(chunks), {
    headers: {
      "content-type": query.format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** An Anki package is one SQLite file, built whole in memory (the caller was checked by startExport). */
async function apkgResponse(userId: string): Promise<Response> {
  const { fileName, apkg } = await exportLearnerApkg(userId, new Date());
  return new Response(new Blob([apkg as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

function toByteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Headers are gone already: the download ends short, and the log says why.
        console.error("data export failed midway", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
