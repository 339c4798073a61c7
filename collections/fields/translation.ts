import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'
import { TRANSLATED_LOCALES, translationNeeded, type TranslationState } from '@/lib/i18n/translation-state'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { lexicalText } from '@/lib/plain-language/lexical-text'

/**
 * Per document: whether each translation was checked by a native speaker and when it was last saved,
 * when the Dutch text last changed, and one list filter ("Moet vertaald worden") over all of that.
 */
export const translationFields = (): Field[] => [
  {
    name: 'translationReview',
    type: 'select',
    label: 'Vertaling',
    localized: true,
    options: [
      { label: 'Moet nagekeken worden door een moedertaalspreker', value: 'needs-review' },
      { label: 'Nagekeken door een moedertaalspreker', value: 'reviewed' },
    ],
    admin: { position: 'sidebar', description: 'Alleen voor Engels, Turks en Arabisch. Een nieuwe vertaling moet eerst nagekeken worden.' },
  },
  {
    name: 'translatedAt',
    type: 'date',
    label: 'Vertaling opgeslagen op',
    localized: true,
    admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'd MMMM yyyy, HH:mm' } },
  },
  {
    name: 'dutchChangedAt',
    type: 'date',
    label: 'Nederlandse tekst gewijzigd op',
    admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'd MMMM yyyy, HH:mm' } },
  },
  {
    name: 'needsTranslation',
    type: 'checkbox',
    label: 'Moet vertaald of nagekeken worden',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Aan als een vertaling ontbreekt, nog nagekeken moet worden, of ouder is dan de Nederlandse tekst.',
      components: { Field: '/components/admin/TranslationOverview#TranslationOverview' },
    },
  },
]

type Translatable = { id?: number | string; translationReview?: unknown; translatedAt?: unknown; dutchChangedAt?: string | null; needsTranslation?: boolean | null }

/**
 * Keeps the translation fields right on every save: a Dutch save that changes a visitor's text dates
 * the Dutch text; a save in another language dates that translation (new ones wait for review).
 * `textFields` are the collection's localized texts (LOCALIZED_FIELDS; "editions.note": each edition's note).
 */
export const trackTranslations =
  (textFields: readonly string[]): CollectionBeforeChangeHook<Translatable & { id: number | string }> =>
  async ({ data, originalDoc, req, collection, operation }) => {
    const locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
    const now = new Date().toISOString()
    if (locale === DEFAULT_LOCALE) {
      const changed = textFields.some((path) => {
        const [name, inRow] = path.split('.') as [keyof Translatable, string | undefined]
        return name in data && wordsOf(data[name], inRow) !== wordsOf(originalDoc?.[name], inRow)
      })
      if (changed || operation === 'create') data.dutchChangedAt = now
    } else {
      data.translatedAt = now
      data.translationReview ??= 'needs-review'
    }
    let states: Record<string, TranslationState> = {}
    if (operation === 'update' && originalDoc) states = await otherTranslations(req, collection.slug, originalDoc.id)
    if (locale !== DEFAULT_LOCALE) states[locale] = { review: (data.translationReview as string) ?? null, savedAt: now }
    data.needsTranslation = translationNeeded(states, data.dutchChangedAt ?? originalDoc?.dutchChangedAt ?? null)
    return data
  }

/**
 * The words of a text, rich text or an array's text fields: what a translation translates. The admin
 * form sends rich text back with other formatting keys than it was stored with, which is no change.
 */
function wordsOf(value: unknown, inRow?: string): string {
  if (!inRow) return lexicalText(value).trim()
  return JSON.stringify(((value as Record<string, unknown>[] | null | undefined) ?? []).map((row) => lexicalText(row?.[inRow]).trim()))
}

/**
 * Every language's review state and save time, read in the save's transaction. A Local API call with
 * `req` sets `req.locale` to its own locale ('all' here): the save itself must go on in its language.
 */
async function otherTranslations(req: PayloadRequest, collection: string, id: number | string): Promise<Record<string, TranslationState>> {
  const { locale, fallbackLocale } = req
  try {
    const all = (await req.payload.findByID({
      collection: collection as 'locations',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      req,
      select: { translationReview: true, translatedAt: true },
    })) as unknown as { translationReview?: Record<string, string | null>; translatedAt?: Record<string, string | null> }
    return Object.fromEntries(
      TRANSLATED_LOCALES.map((code) => [code, { review: all.translationReview?.[code] ?? null, savedAt: all.translatedAt?.[code] ?? null }]),
    )
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
