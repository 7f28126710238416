import { resetDatabase } from "../../scripts/lib/database";

// Every integration run starts from an empty, fully migrated database of its own.
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url || !/(integration|test)/.test(url)) {
    throw new Error("Integration tests need DATABASE_URL naming a test database (npm test sets one up).");
  }
  await resetDatabase(url);
}
