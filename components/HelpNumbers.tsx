import type { SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { HelpContact } from './HelpContact'

/** The help numbers from site settings, as a readable list with tap-to-call links. */
export function HelpNumbers({ helpLines, locale }: { helpLines: SiteSetting['helpLines']; locale: Locale }) {
  return (
    <ul className="mt-3 space-y-3">
      {(helpLines ?? []).map((line) => (
        <li key={line.id ?? line.label} className="rounded-md border border-line bg-surface p-4">
          <strong>{line.label}</strong>
          <HelpContact line={line} locale={locale} linkClassName="text-lg font-semibold" />
          {line.note && <span className="block text-muted">{line.note}</span>}
        </li>
      ))}
    </ul>
  )
}
