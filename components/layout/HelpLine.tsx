import type { SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { HelpContact } from '../HelpContact'

/** The calm, always-visible line for people who need help right now (edited in site settings). */
export function HelpLine({ helpLines, locale }: { helpLines: SiteSetting['helpLines']; locale: Locale }) {
  if (!helpLines?.length) return null
  const t = translator(locale)
  return (
    <aside aria-label={t('layout.helpNow')} className="bg-brand-strong text-white">
      <p className="mx-auto max-w-page px-4 py-2 text-base">
        <strong>{t('layout.helpNow')}</strong>{' '}
        {helpLines.map((line, index) => (
          <span key={line.id ?? line.label}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            {line.label}
            <HelpContact line={line} locale={locale} linkClassName="font-semibold text-white hover:text-white" />
          </span>
        ))}
      </p>
    </aside>
  )
}
