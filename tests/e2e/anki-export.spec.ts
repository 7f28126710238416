import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

test("Download for Anki: the learner's card arrives in an .apkg with its schedule and the answer in the review log", async ({ page }) => {
  await signUp(page, "Anki Carrier");
  await page.goto("/study");
  await answerCard(page);
  await continueWithRecordedGrade(page);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Download your data" });
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Download for Anki" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^recall-cards-\d{4}-\d{2}-\d{2}\.apkg$/);

  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const anki = new Database(Buffer.from(files["collection.anki2"]!));
  try {
    const cards = anki.prepare("select type, reps from cards").all() as { type: number; reps: number }[];
    expect(cards).toHaveLength(1);
    // a first answer, Good or Again, leaves a card in learning (Anki type 1) and logs a learning entry (type 0)
    expect(cards[0]).toEqual({ type: 1, reps: 1 });
    expect(anki.prepare("select type, count(*) as n from revlog").get()).toEqual({ type: 0, n: 1 });
  } finally {
    anki.close();
  }
});
