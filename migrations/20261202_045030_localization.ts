import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { CREATE_SEARCH_COLUMNS_AND_VIEW, DROP_SEARCH_COLUMNS_AND_VIEW } from './20261126_220000_search'

/**
 * Content in four languages (lib/i18n/content-localization.ts). Payload keeps a localized field in a
 * `<table>_locales` table, one row per language; this moves every existing text into its Dutch row
 * (nothing is dropped before it is copied), in the documents, their versions, course editions and
 * site settings. The search view is rebuilt over the language rows (see LOCALIZED_SEARCH).
 * `down` copies the Dutch rows back. tests/int/localization-migration.test.ts runs both on seeded data.
 */
type Moved = { table: string; columns: [name: string, type: 'varchar' | 'jsonb'][]; notNull?: string[] }

const MOVED: Moved[] = [
  { table: 'locations', columns: [['summary', 'varchar'], ['description', 'jsonb'], ['accessibility', 'varchar']] },
  { table: '_locations_v', columns: [['version_summary', 'varchar'], ['version_description', 'jsonb'], ['version_accessibility', 'varchar']] },
  { table: 'courses', columns: [['summary', 'varchar'], ['audience', 'varchar'], ['body', 'jsonb']] },
  { table: '_courses_v', columns: [['version_summary', 'varchar'], ['version_audience', 'varchar'], ['version_body', 'jsonb']] },
  { table: 'courses_editions', columns: [['note', 'varchar']] },
  { table: '_courses_v_version_editions', columns: [['note', 'varchar']] },
  { table: 'posts', columns: [['title', 'varchar'], ['summary', 'varchar'], ['body', 'jsonb']] },
  { table: '_posts_v', columns: [['version_title', 'varchar'], ['version_summary', 'varchar'], ['version_body', 'jsonb']] },
  { table: 'timeline_events', columns: [['title', 'varchar'], ['body', 'jsonb']] },
  { table: '_timeline_events_v', columns: [['version_title', 'varchar'], ['version_body', 'jsonb']] },
  { table: 'partners', columns: [['description', 'varchar']] },
  { table: 'site_settings', columns: [['tagline', 'varchar'], ['approach', 'jsonb'], ['footer_text', 'varchar']], notNull: ['tagline'] },
  { table: 'site_settings_help_lines', columns: [['label', 'varchar'], ['note', 'varchar']], notNull: ['label'] },
  { table: 'site_settings_goals', columns: [['text', 'varchar']], notNull: ['text'] },
]

const TRANSLATABLE = ['locations', 'courses', 'posts', 'timeline_events', 'partners']

const names = (columns: Moved['columns']) => columns.map(([name]) => `"${name}"`).join(', ')

// A row without any text gets no Dutch row, as Payload itself stores it.
const copyToDutchRows = MOVED.map(
  ({ table, columns }) =>
    `INSERT INTO "${table}_locales" (${names(columns)}, "_locale", "_parent_id")
       SELECT ${names(columns)}, 'nl', "id" FROM "${table}" WHERE num_nonnulls(${names(columns)}) > 0;`,
).join('\n')

// Existing documents have only their Dutch text: each needs translating, dated by its last change.
const markUntranslated = TRANSLATABLE.map(
  (table) => `UPDATE "${table}" SET "dutch_changed_at" = "updated_at", "needs_translation" = true;`,
).join('\n')

const addColumnsBack = MOVED.flatMap(({ table, columns }) =>
  columns.map(([name, type]) => `ALTER TABLE "${table}" ADD COLUMN "${name}" ${type};`),
).join('\n')

const copyBackFromDutchRows = MOVED.map(
  ({ table, columns }) =>
    `UPDATE "${table}" AS t SET ${columns.map(([name]) => `"${name}" = l."${name}"`).join(', ')}
       FROM "${table}_locales" AS l WHERE l."_parent_id" = t."id" AND l."_locale" = 'nl';`,
).join('\n')

const restoreNotNull = MOVED.flatMap(({ table, notNull = [] }) =>
  notNull.map((name) => `ALTER TABLE "${table}" ALTER COLUMN "${name}" SET NOT NULL;`),
).join('\n')

/**
 * Search per language (lib/search.ts): one row per document and language it has, its texts in that
 * language with the Dutch text where a field is not translated, stemmed with the language's own
 * PostgreSQL configuration (Dutch with `search_words`, English, Turkish; `simple` for Arabic, which
 * PostgreSQL does not stem). Computed in the view: a few hundred rows, and results are cached.
 */
type Searchable = { table: string; kind: string; slug: boolean; title: string; parts: string[]; published: boolean }

const SEARCHABLE: Searchable[] = [
  { table: 'locations', kind: 'location', slug: true, title: 't.name', parts: ['t.neighbourhood', 'L.summary', 't.address_street', 'richtext_plain(L.description)', 'L.accessibility', 'L.what_to_expect'], published: true },
  { table: 'courses', kind: 'course', slug: true, title: 't.title', parts: ['t.short_name', 'L.summary', 'L.audience', 'richtext_plain(L.body)'], published: true },
  { table: 'posts', kind: 'post', slug: true, title: 'L.title', parts: ['L.summary', 't.source_name', 'richtext_plain(L.body)'], published: true },
  { table: 'partners', kind: 'partner', slug: true, title: 't.name', parts: ['L.description'], published: false },
  { table: 'timeline_events', kind: 'history', slug: false, title: 'L.title', parts: ['richtext_plain(L.body)'], published: true },
]

// "L.summary": the language's own text, else the Dutch one.
const localized = (part: string) => part.replace(/L\.(\w+)/g, 'coalesce(l.$1, nl.$1)')
const joined = (parts: string[]) => parts.map((part) => `coalesce(${localized(part)}, '')`).join(` || ' ' || `)

const searchViewPart = ({ table, kind, slug, title, parts, published }: Searchable) => `
  SELECT '${kind}'::text AS kind, t.id, ${slug ? 't.slug' : 'NULL::varchar'} AS slug, ${localized(title)}::text AS title,
         l._locale::text AS locale, ${joined(parts)} AS search_text,
         search_vector_of(l._locale::text, ${localized(title)}, ${joined(parts)}) AS search_vector
    FROM "${table}" t
    JOIN "${table}_locales" l ON l._parent_id = t.id
    LEFT JOIN "${table}_locales" nl ON nl._parent_id = t.id AND nl._locale = 'nl'${published ? `
   WHERE t._status = 'published'` : ''}`

const CREATE_LOCALIZED_SEARCH = `
  CREATE FUNCTION search_config(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE locale WHEN 'nl' THEN 'dutch' WHEN 'en' THEN 'english' WHEN 'tr' THEN 'turkish' ELSE 'simple' END)::regconfig
  $$;
  CREATE FUNCTION search_prepare(locale text, words text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN locale = 'nl' THEN search_words(words) ELSE words END
  $$;
  CREATE FUNCTION search_vector_of(locale text, title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(search_config(locale), search_prepare(locale, coalesce(title, ''))), 'A') ||
           setweight(to_tsvector(search_config(locale), search_prepare(locale, coalesce(body, ''))), 'B')
  $$;
  CREATE VIEW search_documents AS ${SEARCHABLE.map(searchViewPart).join('\n  UNION ALL')};`

const DROP_LOCALIZED_SEARCH = `
  DROP VIEW search_documents;
  DROP FUNCTION search_vector_of(text, text, text);
  DROP FUNCTION search_prepare(text, text);
  DROP FUNCTION search_config(text);`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(DROP_SEARCH_COLUMNS_AND_VIEW))
  await db.execute(sql`
  CREATE TYPE "public"."_locales" AS ENUM('nl', 'en', 'tr', 'ar');
  CREATE TYPE "public"."enum_locations_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum__locations_v_published_locale" AS ENUM('nl', 'en', 'tr', 'ar');
  CREATE TYPE "public"."enum__locations_v_version_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum_courses_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum__courses_v_published_locale" AS ENUM('nl', 'en', 'tr', 'ar');
  CREATE TYPE "public"."enum__courses_v_version_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum_posts_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('nl', 'en', 'tr', 'ar');
  CREATE TYPE "public"."enum__posts_v_version_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum_timeline_events_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum__timeline_events_v_published_locale" AS ENUM('nl', 'en', 'tr', 'ar');
  CREATE TYPE "public"."enum__timeline_events_v_version_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TYPE "public"."enum_partners_translation_review" AS ENUM('needs-review', 'reviewed');
  CREATE TABLE "locations_locales" (
    	"summary" varchar,
    	"what_to_expect" varchar,
    	"description" jsonb,
    	"accessibility" varchar,
    	"translation_review" "enum_locations_translation_review",
    	"translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "_locations_v_locales" (
    	"version_summary" varchar,
    	"version_what_to_expect" varchar,
    	"version_description" jsonb,
    	"version_accessibility" varchar,
    	"version_translation_review" "enum__locations_v_version_translation_review",
    	"version_translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "courses_editions_locales" (
    	"note" varchar,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" varchar NOT NULL
    );
  CREATE TABLE "courses_locales" (
    	"summary" varchar,
    	"audience" varchar,
    	"body" jsonb,
    	"translation_review" "enum_courses_translation_review",
    	"translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "_courses_v_version_editions_locales" (
    	"note" varchar,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "_courses_v_locales" (
    	"version_summary" varchar,
    	"version_audience" varchar,
    	"version_body" jsonb,
    	"version_translation_review" "enum__courses_v_version_translation_review",
    	"version_translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "posts_locales" (
    	"title" varchar,
    	"summary" varchar,
    	"body" jsonb,
    	"translation_review" "enum_posts_translation_review",
    	"translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "_posts_v_locales" (
    	"version_title" varchar,
    	"version_summary" varchar,
    	"version_body" jsonb,
    	"version_translation_review" "enum__posts_v_version_translation_review",
    	"version_translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "timeline_events_locales" (
    	"title" varchar,
    	"body" jsonb,
    	"translation_review" "enum_timeline_events_translation_review",
    	"translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "_timeline_events_v_locales" (
    	"version_title" varchar,
    	"version_body" jsonb,
    	"version_translation_review" "enum__timeline_events_v_version_translation_review",
    	"version_translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "partners_locales" (
    	"description" varchar,
    	"translation_review" "enum_partners_translation_review",
    	"translated_at" timestamp(3) with time zone,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  CREATE TABLE "site_settings_help_lines_locales" (
    	"label" varchar NOT NULL,
    	"note" varchar,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" varchar NOT NULL
    );
  CREATE TABLE "site_settings_goals_locales" (
    	"text" varchar NOT NULL,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" varchar NOT NULL
    );
  CREATE TABLE "site_settings_locales" (
    	"tagline" varchar NOT NULL,
    	"approach" jsonb,
    	"footer_text" varchar,
    	"id" serial PRIMARY KEY NOT NULL,
    	"_locale" "_locales" NOT NULL,
    	"_parent_id" integer NOT NULL
    );
  ALTER TABLE "locations" ADD COLUMN "dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "locations" ADD COLUMN "needs_translation" boolean;
  ALTER TABLE "_locations_v" ADD COLUMN "version_dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_locations_v" ADD COLUMN "version_needs_translation" boolean;
  ALTER TABLE "_locations_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_locations_v" ADD COLUMN "published_locale" "enum__locations_v_published_locale";
  ALTER TABLE "courses" ADD COLUMN "dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "courses" ADD COLUMN "needs_translation" boolean;
  ALTER TABLE "_courses_v" ADD COLUMN "version_dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_courses_v" ADD COLUMN "version_needs_translation" boolean;
  ALTER TABLE "_courses_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_courses_v" ADD COLUMN "published_locale" "enum__courses_v_published_locale";
  ALTER TABLE "posts" ADD COLUMN "dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "posts" ADD COLUMN "needs_translation" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "version_needs_translation" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "published_locale" "enum__posts_v_published_locale";
  ALTER TABLE "timeline_events" ADD COLUMN "dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "timeline_events" ADD COLUMN "needs_translation" boolean;
  ALTER TABLE "_timeline_events_v" ADD COLUMN "version_dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_timeline_events_v" ADD COLUMN "version_needs_translation" boolean;
  ALTER TABLE "_timeline_events_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_timeline_events_v" ADD COLUMN "published_locale" "enum__timeline_events_v_published_locale";
  ALTER TABLE "partners" ADD COLUMN "dutch_changed_at" timestamp(3) with time zone;
  ALTER TABLE "partners" ADD COLUMN "needs_translation" boolean;
  ALTER TABLE "locations_locales" ADD CONSTRAINT "locations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_locations_v_locales" ADD CONSTRAINT "_locations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_editions_locales" ADD CONSTRAINT "courses_editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_locales" ADD CONSTRAINT "courses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_editions_locales" ADD CONSTRAINT "_courses_v_version_editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_locales" ADD CONSTRAINT "_courses_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "timeline_events_locales" ADD CONSTRAINT "timeline_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_timeline_events_v_locales" ADD CONSTRAINT "_timeline_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_timeline_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_help_lines_locales" ADD CONSTRAINT "site_settings_help_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_help_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_goals_locales" ADD CONSTRAINT "site_settings_goals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "locations_locales_locale_parent_id_unique" ON "locations_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_locations_v_locales_locale_parent_id_unique" ON "_locations_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "courses_editions_locales_locale_parent_id_unique" ON "courses_editions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "courses_locales_locale_parent_id_unique" ON "courses_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_courses_v_version_editions_locales_locale_parent_id_unique" ON "_courses_v_version_editions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_courses_v_locales_locale_parent_id_unique" ON "_courses_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "timeline_events_locales_locale_parent_id_unique" ON "timeline_events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_timeline_events_v_locales_locale_parent_id_unique" ON "_timeline_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_help_lines_locales_locale_parent_id_unique" ON "site_settings_help_lines_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_goals_locales_locale_parent_id_unique" ON "site_settings_goals_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "locations_needs_translation_idx" ON "locations" USING btree ("needs_translation");
  CREATE INDEX "_locations_v_version_version_needs_translation_idx" ON "_locations_v" USING btree ("version_needs_translation");
  CREATE INDEX "_locations_v_snapshot_idx" ON "_locations_v" USING btree ("snapshot");
  CREATE INDEX "_locations_v_published_locale_idx" ON "_locations_v" USING btree ("published_locale");
  CREATE INDEX "courses_needs_translation_idx" ON "courses" USING btree ("needs_translation");
  CREATE INDEX "_courses_v_version_version_needs_translation_idx" ON "_courses_v" USING btree ("version_needs_translation");
  CREATE INDEX "_courses_v_snapshot_idx" ON "_courses_v" USING btree ("snapshot");
  CREATE INDEX "_courses_v_published_locale_idx" ON "_courses_v" USING btree ("published_locale");
  CREATE INDEX "posts_needs_translation_idx" ON "posts" USING btree ("needs_translation");
  CREATE INDEX "_posts_v_version_version_needs_translation_idx" ON "_posts_v" USING btree ("version_needs_translation");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "timeline_events_needs_translation_idx" ON "timeline_events" USING btree ("needs_translation");
  CREATE INDEX "_timeline_events_v_version_version_needs_translation_idx" ON "_timeline_events_v" USING btree ("version_needs_translation");
  CREATE INDEX "_timeline_events_v_snapshot_idx" ON "_timeline_events_v" USING btree ("snapshot");
  CREATE INDEX "_timeline_events_v_published_locale_idx" ON "_timeline_events_v" USING btree ("published_locale");
  CREATE INDEX "partners_needs_translation_idx" ON "partners" USING btree ("needs_translation");`)
  await db.execute(sql.raw(copyToDutchRows))
  await db.execute(sql.raw(markUntranslated))
  await db.execute(sql`
  ALTER TABLE "locations" DROP COLUMN "summary";
  ALTER TABLE "locations" DROP COLUMN "description";
  ALTER TABLE "locations" DROP COLUMN "accessibility";
  ALTER TABLE "_locations_v" DROP COLUMN "version_summary";
  ALTER TABLE "_locations_v" DROP COLUMN "version_description";
  ALTER TABLE "_locations_v" DROP COLUMN "version_accessibility";
  ALTER TABLE "courses_editions" DROP COLUMN "note";
  ALTER TABLE "courses" DROP COLUMN "summary";
  ALTER TABLE "courses" DROP COLUMN "audience";
  ALTER TABLE "courses" DROP COLUMN "body";
  ALTER TABLE "_courses_v_version_editions" DROP COLUMN "note";
  ALTER TABLE "_courses_v" DROP COLUMN "version_summary";
  ALTER TABLE "_courses_v" DROP COLUMN "version_audience";
  ALTER TABLE "_courses_v" DROP COLUMN "version_body";
  ALTER TABLE "posts" DROP COLUMN "title";
  ALTER TABLE "posts" DROP COLUMN "summary";
  ALTER TABLE "posts" DROP COLUMN "body";
  ALTER TABLE "_posts_v" DROP COLUMN "version_title";
  ALTER TABLE "_posts_v" DROP COLUMN "version_summary";
  ALTER TABLE "_posts_v" DROP COLUMN "version_body";
  ALTER TABLE "timeline_events" DROP COLUMN "title";
  ALTER TABLE "timeline_events" DROP COLUMN "body";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "version_title";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "version_body";
  ALTER TABLE "partners" DROP COLUMN "description";
  ALTER TABLE "site_settings_help_lines" DROP COLUMN "label";
  ALTER TABLE "site_settings_help_lines" DROP COLUMN "note";
  ALTER TABLE "site_settings_goals" DROP COLUMN "text";
  ALTER TABLE "site_settings" DROP COLUMN "tagline";
  ALTER TABLE "site_settings" DROP COLUMN "approach";
  ALTER TABLE "site_settings" DROP COLUMN "footer_text";`)
  await db.execute(sql.raw(CREATE_LOCALIZED_SEARCH))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(DROP_LOCALIZED_SEARCH))
  await db.execute(sql.raw(addColumnsBack))
  await db.execute(sql.raw(copyBackFromDutchRows))
  await db.execute(sql.raw(restoreNotNull))
  await db.execute(sql`
  ALTER TABLE "locations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_locations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_editions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courses_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_version_editions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courses_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "timeline_events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_timeline_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_help_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_goals_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "locations_locales" CASCADE;
  DROP TABLE "_locations_v_locales" CASCADE;
  DROP TABLE "courses_editions_locales" CASCADE;
  DROP TABLE "courses_locales" CASCADE;
  DROP TABLE "_courses_v_version_editions_locales" CASCADE;
  DROP TABLE "_courses_v_locales" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "timeline_events_locales" CASCADE;
  DROP TABLE "_timeline_events_v_locales" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "site_settings_help_lines_locales" CASCADE;
  DROP TABLE "site_settings_goals_locales" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP INDEX "locations_needs_translation_idx";
  DROP INDEX "_locations_v_version_version_needs_translation_idx";
  DROP INDEX "_locations_v_snapshot_idx";
  DROP INDEX "_locations_v_published_locale_idx";
  DROP INDEX "courses_needs_translation_idx";
  DROP INDEX "_courses_v_version_version_needs_translation_idx";
  DROP INDEX "_courses_v_snapshot_idx";
  DROP INDEX "_courses_v_published_locale_idx";
  DROP INDEX "posts_needs_translation_idx";
  DROP INDEX "_posts_v_version_version_needs_translation_idx";
  DROP INDEX "_posts_v_snapshot_idx";
  DROP INDEX "_posts_v_published_locale_idx";
  DROP INDEX "timeline_events_needs_translation_idx";
  DROP INDEX "_timeline_events_v_version_version_needs_translation_idx";
  DROP INDEX "_timeline_events_v_snapshot_idx";
  DROP INDEX "_timeline_events_v_published_locale_idx";
  DROP INDEX "partners_needs_translation_idx";
  ALTER TABLE "locations" DROP COLUMN "dutch_changed_at";
  ALTER TABLE "locations" DROP COLUMN "needs_translation";
  ALTER TABLE "_locations_v" DROP COLUMN "version_dutch_changed_at";
  ALTER TABLE "_locations_v" DROP COLUMN "version_needs_translation";
  ALTER TABLE "_locations_v" DROP COLUMN "snapshot";
  ALTER TABLE "_locations_v" DROP COLUMN "published_locale";
  ALTER TABLE "courses" DROP COLUMN "dutch_changed_at";
  ALTER TABLE "courses" DROP COLUMN "needs_translation";
  ALTER TABLE "_courses_v" DROP COLUMN "version_dutch_changed_at";
  ALTER TABLE "_courses_v" DROP COLUMN "version_needs_translation";
  ALTER TABLE "_courses_v" DROP COLUMN "snapshot";
  ALTER TABLE "_courses_v" DROP COLUMN "published_locale";
  ALTER TABLE "posts" DROP COLUMN "dutch_changed_at";
  ALTER TABLE "posts" DROP COLUMN "needs_translation";
  ALTER TABLE "_posts_v" DROP COLUMN "version_dutch_changed_at";
  ALTER TABLE "_posts_v" DROP COLUMN "version_needs_translation";
  ALTER TABLE "_posts_v" DROP COLUMN "snapshot";
  ALTER TABLE "_posts_v" DROP COLUMN "published_locale";
  ALTER TABLE "timeline_events" DROP COLUMN "dutch_changed_at";
  ALTER TABLE "timeline_events" DROP COLUMN "needs_translation";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "version_dutch_changed_at";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "version_needs_translation";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "snapshot";
  ALTER TABLE "_timeline_events_v" DROP COLUMN "published_locale";
  ALTER TABLE "partners" DROP COLUMN "dutch_changed_at";
  ALTER TABLE "partners" DROP COLUMN "needs_translation";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_locations_translation_review";
  DROP TYPE "public"."enum__locations_v_published_locale";
  DROP TYPE "public"."enum__locations_v_version_translation_review";
  DROP TYPE "public"."enum_courses_translation_review";
  DROP TYPE "public"."enum__courses_v_published_locale";
  DROP TYPE "public"."enum__courses_v_version_translation_review";
  DROP TYPE "public"."enum_posts_translation_review";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum__posts_v_version_translation_review";
  DROP TYPE "public"."enum_timeline_events_translation_review";
  DROP TYPE "public"."enum__timeline_events_v_published_locale";
  DROP TYPE "public"."enum__timeline_events_v_version_translation_review";
  DROP TYPE "public"."enum_partners_translation_review";`)
  await db.execute(sql.raw(CREATE_SEARCH_COLUMNS_AND_VIEW))
}
