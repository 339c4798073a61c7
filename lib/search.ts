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
 * made (migrations/20261202_045030_localization.ts): each document in the visitor's language where it
 * has a translation, else in Dutch, each with its language's stemming (Dutch: "cursussen" finds "cursus").
 */
export async function searchSite(payload: Payload, query: string, locale: Locale): Promise<SearchHit[]> {
  const { rows } = await payload.db.pool.query<{ kind: SearchKind; slug: string | null; title: string; headline: string }>(
    `WITH docs AS (
       SELECT DISTINCT ON (kind, id) * FROM search_documents
        WHERE locale IN ($3, 'nl') ORDER BY kind, id, locale = $3 DESC
     )
     SELECT kind, slug, title,
            ts_headline(search_config(locale), search_text, q, $2) AS headline
       FROM docs CROSS JOIN LATERAL websearch_to_tsquery(search_config(locale), search_prepare(locale, $1)) AS q
      WHERE search_vector @@ q
      ORDER BY ts_rank(search_vector, q) DESC, title
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
