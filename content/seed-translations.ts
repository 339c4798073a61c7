import type { Payload } from 'payload'
import { TRANSLATED_LOCALES } from '@/lib/i18n/translation-state'
import { slugify } from '@/lib/slugify'
import type { SeedContent } from './schema'

const context = { skipRevalidation: true }

type Translations = SeedContent['translations']

/**
 * The team's first English, Turkish and Arabic texts. Each is written only where that language has no
 * text yet (a second run, or an editor's own translation, is left alone), and is saved as "needs
 * review by a native speaker" (the collections' translation hook) until an editor confirms it.
 */
export async function seedTranslations(
  payload: Payload,
  translations: Translations,
  ids: { locations: Map<string, number>; courses: Map<string, number> },
): Promise<void> {
  for (const locale of TRANSLATED_LOCALES) {
    for (const [name, texts] of Object.entries(translations.locations)) {
      await translate(payload, 'locations', ids.locations.get(slugify(name)), locale, texts[locale])
    }
    for (const [title, texts] of Object.entries(translations.courses)) {
      await translate(payload, 'courses', ids.courses.get(slugify(title)), locale, texts[locale])
    }
    await translateSiteSettings(payload, locale, translations.siteSettings[locale])
  }
}

async function translate(
  payload: Payload,
  collection: 'locations' | 'courses',
  id: number | undefined,
  locale: (typeof TRANSLATED_LOCALES)[number],
  texts: Record<string, string | undefined>,
): Promise<void> {
  if (id === undefined) throw new Error(`Translations name an unknown ${collection} document`)
  const current = await payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0, draft: true })
  if (current.translatedAt) return
  await payload.update({ collection, id, locale, context, depth: 0, data: { ...texts, translationReview: 'needs-review', _status: 'published' } })
}

async function translateSiteSettings(
  payload: Payload,
  locale: (typeof TRANSLATED_LOCALES)[number],
  texts: Translations['siteSettings']['en'],
): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0 })
  if (current.tagline) return
  const rows = current.helpLines ?? []
  if (rows.length !== texts.helpLines.length) throw new Error(`Translated help lines (${locale}) do not match the Dutch ones`)
  await payload.updateGlobal({
    slug: 'site-settings',
    locale,
    context,
    data: { tagline: texts.tagline, helpLines: rows.map((row, index) => ({ ...row, ...texts.helpLines[index] })) },
  })
}
