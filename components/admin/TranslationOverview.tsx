import type { ServerComponentProps } from 'payload'
import { LOCALE_NAMES } from '@/lib/i18n/locales'
import { TRANSLATED_LOCALES, translationStatus, type TranslationStatus } from '@/lib/i18n/translation-state'

const LABELS: Record<TranslationStatus, string> = {
  missing: 'nog niet vertaald',
  'needs-review': 'moet nagekeken worden',
  'out-of-date': 'verouderd: de Nederlandse tekst is later gewijzigd',
  done: 'in orde',
}

type AllLocales = { translationReview?: Record<string, string | null>; translatedAt?: Record<string, string | null>; dutchChangedAt?: string | null }

/**
 * In the sidebar of a translatable document: each language's state at a glance (the admin's locale
 * picker does not say which translations exist). Replaces the read-only "needs translation" checkbox.
 */
export async function TranslationOverview({ id, collectionSlug, payload }: ServerComponentProps) {
  if (!id) return null
  const doc = (await payload.findByID({
    collection: collectionSlug as 'locations',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    // Not the page's `req`: a Local API call sets its locale on the request it is given.
    select: { translationReview: true, translatedAt: true, dutchChangedAt: true },
  })) as unknown as AllLocales
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 8px', fontSize: 'inherit' }}>Vertalingen</h3>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {TRANSLATED_LOCALES.map((locale) => {
          const state = { review: doc.translationReview?.[locale] ?? null, savedAt: doc.translatedAt?.[locale] ?? null }
          return (
            <li key={locale}>
              {LOCALE_NAMES[locale]}: {LABELS[translationStatus(state, doc.dutchChangedAt ?? null)]}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
