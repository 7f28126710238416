import { z } from "zod";
import { toCsvFileName } from "@/lib/classes/csv";
import { assignmentCompletionToCsv, itemStatsToCsv, learnerProgressToCsv } from "@/lib/classes/dashboard-csv";
import { authorized } from "@/lib/server/action";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { ClassIdSchema } from "@/lib/server/classes";
import { toJsonResponse } from "@/lib/server/json-route";

const Query = ClassIdSchema.extend({ table: z.enum(["learners", "items", "assignments"], "Ask for table=learners, table=items or table=assignments.") });

const exportCsv = authorized("class-progress:read", Query, async ({ classId, table }, user) => {
  const now = new Date();
  const dashboard = await getClassDashboard(user.id, classId, now);
  return {
    csv:
      table === "learners" ? learnerProgressToCsv(dashboard.learners) : table === "assignments" ? assignmentCompletionToCsv(dashboard.assignments) : itemStatsToCsv(dashboard.items),
    fileName: toCsvFileName(dashboard.class.name, table, now.toISOString().slice(0, 10)),
  };
});

/** GET ?table=learners|items|assignments: one dashboard table as a CSV download. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const table = new URL(request.url).searchParams.get("table") ?? undefined;
  const result = await exportCsv({ ...(await params), table });
  if (!result.ok) return toJsonResponse(result);
  // A byte-order mark so spreadsheet programs read the names as UTF-8.
  return new Response(`\uFEFF${result.data.csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.data.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
