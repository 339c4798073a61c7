import type { Payload } from 'payload'
import { MAX_QUERY_LENGTH } from './search/limits.mjs'
import type { Locale } from './i18n/locales'
import { localePath } from './i18n/paths'
import { documentPath } from './paths'

export type SearchKind = 'location' | 'course' | 'post' | 'partner' | 'history'

export type SearchHit = { kind: SearchKind; title: string; href: string; snippet: SnippetPart[] }
/** A snippet as plain text parts; `match` parts are the words that matched (shown as <mark>). */
export type SnippetPart = { text: string; match: boolean }

export { MAX_QUERY_LENGTH } from './search/limits.mjs'
const MAX_HITS = 20
// Control characters as match markers: they cannot occur in content, so no text can forge a <mark>.
const START = '\u0001'
const STOP = '\u0002'

function pathOf(kind: SearchKind, slug: string | null): string {
  if (kind === 'location') return documentPath('locations', slug ?? '')
  if (kind === 'course') return documentPath('courses', slug ?? '')
  if (kind === 'post') return documentPath('posts', slug ?? '')
  if (kind === 'partner') return `/partners#${slug}`
  return '/verhaal'
}

/** ts_headline's output, split at the markers into plain text and matched words. */
export function snippetParts(headline: string): SnippetPart[] {
  return headline
    .split(START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, match: false }]
      const [match, rest = ''] = chunk.split(STOP)
      return [
        { text: match, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((part) => part.text !== '')
}

/** One spelling per search, for the cache key: case and runs of spaces do not make another search. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_QUERY_LENGTH)
}

/**
 * What a document is about, beyond its title: for a huiskamer its neighbourhood and kind of place, for
 * a course its short name and the word "cursus". A current huiskamer or a current course whose subject
 * matches ranks above every page that only mentions the words ("overvecht" finds the huiskamers in Overvecht
 * before the history that mentions them). Closed places (active until a past date) do not count.
 */
const SUBJECT_MATCH = `(
  (l.id IS NOT NULL AND (l.active_until IS NULL OR l.active_until > now())
    AND to_tsvector('dutch', search_words(coalesce(l.name, '') || ' ' || coalesce(l.neighbourhood, '') || ' ' || coalesce(l.kind::text, ''))) @@ m.q)
  OR (c.id IS NOT NULL AND c.active IS TRUE
    AND to_tsvector('dutch', search_words(coalesce(c.title, '') || ' ' || coalesce(c.short_name, '') || ' cursus')) @@ m.q)
)`

/**
 * Published content matching a visitor's words, best first, over the view the localization migration
 * made (migrations/20261202_045030_localization.ts): each document once, in the visitor's language
 * where that text matches, else in Dutch, each with its language's stemming (Dutch: "cursussen" finds
 * "cursus"), so a Dutch word still finds a translated page. Subject matches first (SUBJECT_MATCH), then
 * by rank: title words weigh more than words in the text.
 */
export async function searchSite(payload: Payload, query: string, locale: Locale): Promise<SearchHit[]> {
  const { rows } = await payload.db.pool.query<{ kind: SearchKind; slug: string | null; title: string; headline: string }>(
    `WITH matches AS (
       SELECT DISTINCT ON (kind, id) kind, id, slug, title, locale, search_text, q, ts_rank(search_vector, q) AS rank
         FROM search_documents
              CROSS JOIN LATERAL websearch_to_tsquery(search_config(locale), search_prepare(locale, $1)) AS q
        WHERE locale IN ($3, 'nl') AND search_vector @@ q
        ORDER BY kind, id, locale = $3 DESC
     )
     SELECT m.kind, m.slug, m.title, ts_headline(search_config(m.locale), m.search_text, m.q, $2) AS headline
       FROM matches m
            LEFT JOIN locations l ON m.kind = 'location' AND l.id = m.id
            LEFT JOIN courses c ON m.kind = 'course' AND c.id = m.id
      ORDER BY ${SUBJECT_MATCH} DESC, m.rank DESC, m.title
      LIMIT ${MAX_HITS}`,
    // Plain dots between fragments: a Dutch results page stays a one-byte string (lib/latin1-html.ts).
    [query.slice(0, MAX_QUERY_LENGTH), `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" ... "`, locale],
  )
  return rows.map((row) => ({
    kind: row.kind,
    title: row.title,
    href: localePath(locale, pathOf(row.kind, row.slug)),
    snippet: snippetParts(row.headline),
  }))
}
