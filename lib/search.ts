import type { Payload } from 'payload'
import type { Locale } from './i18n/locales'
import { localePath } from './i18n/paths'
import { documentPath } from './paths'

export type SearchKind = 'location' | 'course' | 'post' | 'partner' | 'history'

export type SearchHit = { kind: SearchKind; title: string; href: string; snippet: SnippetPart[] }
/** A snippet as plain text parts; `match` parts are the words that matched (shown as <mark>). */
export type SnippetPart = { text: string; match: boolean }

export const MAX_QUERY_LENGTH = 100
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

/**
 * Published content matching a visitor's words, best first, over the view the localization migration
 * made (migrations/20261202_045030_localization.ts): each document once, in the visitor's language
 * where that text matches, else in Dutch, each with its language's stemming (Dutch: "cursussen" finds
 * "cursus"), so a Dutch word still finds a translated page.
 */
export async function searchSite(payload: Payload, query: string, locale: Locale): Promise<SearchHit[]> {
  const { rows } = await payload.db.pool.query<{ kind: SearchKind; slug: string | null; title: string; headline: string }>(
    `WITH matches AS (
       SELECT DISTINCT ON (kind, id) kind, slug, title, locale, search_text, q, ts_rank(search_vector, q) AS rank
         FROM search_documents
              CROSS JOIN LATERAL websearch_to_tsquery(search_config(locale), search_prepare(locale, $1)) AS q
        WHERE locale IN ($3, 'nl') AND search_vector @@ q
        ORDER BY kind, id, locale = $3 DESC
     )
     SELECT kind, slug, title, ts_headline(search_config(locale), search_text, q, $2) AS headline
       FROM matches
      ORDER BY rank DESC, title
      LIMIT ${MAX_HITS}`,
    [query.slice(0, MAX_QUERY_LENGTH), `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`, locale],
  )
  return rows.map((row) => ({
    kind: row.kind,
    title: row.title,
    href: localePath(locale, pathOf(row.kind, row.slug)),
    snippet: snippetParts(row.headline),
  }))
}
