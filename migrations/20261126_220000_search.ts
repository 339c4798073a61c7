import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Dutch full-text search (lib/search.ts). Each searchable table gets two generated columns, kept
 * current by PostgreSQL itself whatever writes the row: `search_text` (everything but the title, rich
 * text as plain words, for snippets) and `search_vector` (title weighted above the rest, Dutch
 * stemming after `search_words`, GIN-indexed). The view `search_documents` puts what visitors may see in one place.
 */
type Searchable = { table: string; kind: string; title: string; parts: string[]; published: boolean }

const SEARCHABLE: Searchable[] = [
  { table: 'locations', kind: 'location', title: 'name', parts: ['neighbourhood', 'summary', 'address_street', 'richtext_plain(description)', 'accessibility'], published: true },
  { table: 'courses', kind: 'course', title: 'title', parts: ['short_name', 'summary', 'audience', 'richtext_plain(body)'], published: true },
  { table: 'posts', kind: 'post', title: 'title', parts: ['summary', 'source_name', 'richtext_plain(body)'], published: true },
  { table: 'partners', kind: 'partner', title: 'name', parts: ['description'], published: false },
  { table: 'timeline_events', kind: 'history', title: 'title', parts: ['richtext_plain(body)'], published: true },
]

// `||` rather than concat_ws: generated columns need immutable expressions, and concat_ws is only stable.
const joined = (parts: string[]) => parts.map((part) => `coalesce(${part}, '')`).join(` || ' ' || `)

function columnsFor({ table, title, parts }: Searchable): string {
  return `
  ALTER TABLE "${table}" ADD COLUMN "search_text" text GENERATED ALWAYS AS (${joined(parts)}) STORED;
  ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', search_words(coalesce(${title}, ''))), 'A') ||
    setweight(to_tsvector('dutch', search_words(${joined(parts)})), 'B')
  ) STORED;
  CREATE INDEX "${table}_search_vector_idx" ON "${table}" USING gin ("search_vector");`
}

const viewPart = ({ table, kind, title, published }: Searchable) =>
  `SELECT '${kind}'::text AS kind, id, ${table === 'timeline_events' ? 'NULL::varchar' : 'slug'} AS slug, ${title} AS title,
     search_text, search_vector FROM "${table}"${published ? ` WHERE _status = 'published'` : ''}`

/** The columns and the view, also rebuilt by the localization migration's `down`. */
export const CREATE_SEARCH_COLUMNS_AND_VIEW = `
  ${SEARCHABLE.map(columnsFor).join('\n')}
  CREATE VIEW search_documents AS
  ${SEARCHABLE.map(viewPart).join('\n  UNION ALL\n  ')};`

export const DROP_SEARCH_COLUMNS_AND_VIEW = `
  DROP VIEW search_documents;
  ${SEARCHABLE.map(({ table }) => `ALTER TABLE "${table}" DROP COLUMN "search_vector", DROP COLUMN "search_text";`).join('\n  ')}`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  -- Dutch plurals that double a consonant ("cursus" -> "cursussen", "les" -> "lessen") lose it again,
  -- which the Dutch stemmer does only for d, k and t. Applied to documents and queries alike.
  CREATE FUNCTION search_words(words text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(words, '([bcdfgklmnprstvz])\\1en\\M', '\\1', 'gi')
  $$;
  -- The words of a Lexical rich-text document, in order.
  CREATE FUNCTION richtext_plain(doc jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(word #>> '{}', ' '), '') FROM jsonb_path_query(doc, 'strict $.**.text') AS words(word)
  $$;
  ${CREATE_SEARCH_COLUMNS_AND_VIEW}`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ${DROP_SEARCH_COLUMNS_AND_VIEW}
  DROP FUNCTION richtext_plain(jsonb);
  DROP FUNCTION search_words(text);`),
  )
}
