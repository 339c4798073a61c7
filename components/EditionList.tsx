import type { Edition } from '@/lib/courses'
import { formatDate } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { Badge, type BadgeTone } from './ui/Badge'

const TONES: Record<Edition['status'], BadgeTone> = {
  planned: 'neutral',
  open: 'open',
  full: 'accent',
  cancelled: 'closed',
  completed: 'neutral',
}

/** Course editions with dates, place and status. */
export function EditionList({ editions, locale }: { editions: (Edition & { untranslated?: string[] })[]; locale: Locale }) {
  const t = translator(locale)
  return (
    <ul className="mt-3 space-y-3">
      {editions.map((edition) => (
        <li key={edition.id ?? edition.label} className="rounded-md border border-line bg-surface p-4">
          <p className="flex flex-wrap items-center gap-2">
            <strong>{edition.label}</strong>
            <Badge tone={TONES[edition.status]}>{t(`editions.status.${edition.status}`)}</Badge>
          </p>
          <p>
            {edition.endDate
              ? t('editions.fromTo', { from: formatDate(edition.startDate, locale), until: formatDate(edition.endDate, locale) })
              : t('editions.from', { from: formatDate(edition.startDate, locale) })}
            {typeof edition.location === 'object' && edition.location ? `, ${edition.location.name}` : ''}
          </p>
          {edition.capacity && <p className="text-muted">{t('editions.places', { count: edition.capacity })}</p>}
          {edition.note && (
            <p className="text-muted" lang={edition.untranslated?.includes('note') ? 'nl' : undefined}>
              {edition.note}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
