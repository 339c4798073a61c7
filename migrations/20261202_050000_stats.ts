import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Reach counters (lib/stats). Plain tables of daily (sign-ups: weekly) totals, written only as
 * increments by lib/stats/buffer.mjs. By design no column can hold an address, a user agent or a
 * visitor hash: what is stored identifies nobody. Sign-ups keep the course and edition, not the person.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE TABLE stats_page_views (day date NOT NULL, path text NOT NULL, views integer NOT NULL, PRIMARY KEY (day, path));
  CREATE TABLE stats_visitors (day date PRIMARY KEY, visitors integer NOT NULL);
  CREATE TABLE stats_subscriptions (day date NOT NULL, file text NOT NULL, requests integer NOT NULL, PRIMARY KEY (day, file));
  CREATE TABLE stats_empty_searches (day date NOT NULL, words text NOT NULL, searches integer NOT NULL, PRIMARY KEY (day, words));
  CREATE TABLE stats_unknown_addresses (day date NOT NULL, path text NOT NULL, hits integer NOT NULL, PRIMARY KEY (day, path));
  CREATE TABLE stats_sign_ups (
    week date NOT NULL,
    course_id integer NOT NULL,
    edition text NOT NULL,
    heard_from text NOT NULL,
    sign_ups integer NOT NULL,
    PRIMARY KEY (week, course_id, edition, heard_from)
  );`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DROP TABLE stats_sign_ups;
  DROP TABLE stats_unknown_addresses;
  DROP TABLE stats_empty_searches;
  DROP TABLE stats_subscriptions;
  DROP TABLE stats_visitors;
  DROP TABLE stats_page_views;`),
  )
}
