import { DEFAULT_LOCALE, type Locale } from './locales'

/** A document read in a visitor's language; `untranslated` names the fields that show the Dutch text. */
export type WithFallback<T> = T & { untranslated?: string[] }

export type LocaleRead = { locale: Locale; fallbackLocale: false }

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

type Row = Record<string, unknown> & { id?: unknown }

/**
 * The translation completed from the Dutch document: every field in `fields` that the translation
 * lacks takes the Dutch text and is named in `untranslated`, so the page can mark it `lang="nl"` with
 * a note. "editions.note" names a field in each row of an array (matched by row id).
 */
export function fillFromDutch<T extends object>(doc: T, dutch: T | undefined, fields: readonly string[]): WithFallback<T> {
  if (!dutch) return doc
  const filled: Row = { ...(doc as Row) }
  const source = dutch as Row
  const untranslated: string[] = []
  for (const field of fields) {
    const [name, inRow] = field.split('.')
    if (inRow) {
      const dutchRows = new Map(((source[name] as Row[] | null) ?? []).map((row) => [row.id, row]))
      filled[name] = ((filled[name] as Row[] | null) ?? []).map((row) => {
        const dutchRow = dutchRows.get(row.id)
        if (!isEmpty(row[inRow]) || !dutchRow || isEmpty(dutchRow[inRow])) return row
        return { ...row, [inRow]: dutchRow[inRow], untranslated: [inRow] }
      })
    } else if (isEmpty(filled[name]) && !isEmpty(source[name])) {
      filled[name] = source[name]
      untranslated.push(name)
    }
  }
  return (untranslated.length ? { ...filled, untranslated } : filled) as WithFallback<T>
}

/**
 * Run a read in the visitor's language without Payload's silent fallback and, for a language other
 * than Dutch, in Dutch too, then complete each document from its Dutch version (fillFromDutch).
 */
export async function readWithFallback<T extends { id: number | string }>(
  locale: Locale,
  fields: readonly string[],
  read: (options: LocaleRead) => Promise<T[]>,
): Promise<WithFallback<T>[]> {
  if (locale === DEFAULT_LOCALE) return read({ locale, fallbackLocale: false })
  const [translated, dutch] = await Promise.all([read({ locale, fallbackLocale: false }), read({ locale: DEFAULT_LOCALE, fallbackLocale: false })])
  const dutchById = new Map(dutch.map((doc) => [doc.id, doc]))
  return translated.map((doc) => fillFromDutch(doc, dutchById.get(doc.id), fields))
}

/** `lang="nl"` for a field that shows the Dutch text on another language's page. */
export function langOf(doc: { untranslated?: string[] } | null | undefined, field: string): Locale | undefined {
  return doc?.untranslated?.includes(field) ? DEFAULT_LOCALE : undefined
}

/** The localized texts of each collection, as the site reads them (the fields marked `localized`). */
export const LOCALIZED_FIELDS = {
  locations: ['summary', 'whatToExpect', 'description', 'accessibility'],
  courses: ['summary', 'audience', 'body', 'editions.note'],
  posts: ['title', 'summary', 'body'],
  'timeline-events': ['title', 'body'],
  partners: ['description'],
  'site-settings': ['tagline', 'approach', 'footerText', 'helpLines.label', 'helpLines.note', 'goals.text'],
} as const
