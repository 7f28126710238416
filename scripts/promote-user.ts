// `npm run user:promote -- email@example.com`: makes an existing account an instructor, for the
// first instructor of a fresh install (later ones are invited from Settings). Uses DATABASE_URL.
// Run with the react-server condition (see package.json), as the data layer is server-only.
import { getDb } from "@/lib/server/db";
import { promoteToInstructor } from "@/lib/server/users";

async function main() {
  const email = process.argv[2];
  if (!email) throw new Error("usage: npm run user:promote -- <email>");
  if (!(await promoteToInstructor(email))) throw new Error(`No account has the email ${email}. Sign up first, then promote it.`);
  console.log(`${email} is now an instructor. The change applies to their open sessions at once.`);
}

main()
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => getDb().$disconnect());
