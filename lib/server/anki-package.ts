import "server-only";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { AnkiCollection } from "@/lib/classes/anki-collection";

// The one .apkg writer: an instructor's deck (deck-apkg.ts) and a learner's cards with their schedule
// (learner-apkg.ts) are both built as AnkiCollection rows and written here.

// Anki's legacy schema 11 (what `collection.anki2` in an .apkg holds); every Anki since 2.1 imports it.
const SCHEMA_11 = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

const insertAll = (db: Database.Database, table: string, rows: readonly object[]) => {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const insert = db.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`);
  for (const row of rows) insert.run(row);
};

/** The collection as an SQLite file in memory (nothing touches the disk). */
export function writeAnkiCollection({ col, notes, cards, revlog }: AnkiCollection): Buffer {
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA_11);
    db.transaction(() => {
      insertAll(db, "col", [col]);
      insertAll(db, "notes", notes);
      insertAll(db, "cards", cards);
      insertAll(db, "revlog", revlog);
    })();
    return db.serialize();
  } finally {
    db.close();
  }
}

/** An .apkg: a zip of the collection and an empty media map. */
export function toApkg(collection: AnkiCollection): Uint8Array {
  return zipSync({ "collection.anki2": new Uint8Array(writeAnkiCollection(collection)), media: strToU8("{}") });
}
