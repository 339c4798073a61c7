import type { SiteSetting } from '@/payload-types'
import { telHref } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'

type HelpLine = NonNullable<SiteSetting['helpLines']>[number]

/**
 * ": 0800-0113 of chat" after a help line's label: tap to call, and its chat where there is one. The
 * number is isolated left-to-right (<bdi dir="ltr">), so "0800-0113" reads the same on an Arabic page.
 */
export function HelpContact({ line, linkClassName, locale }: { line: HelpLine; linkClassName: string; locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      {line.number && (
        <>
          {': '}
          <a href={telHref(line.number)} className={linkClassName}>
            <bdi dir="ltr">{line.number}</bdi>
          </a>
        </>
      )}
      {line.chatUrl && (
        <>
          {line.number ? ` ${t('layout.or')} ` : ': '}
          <a href={line.chatUrl} className={linkClassName}>
            {t('layout.chat')}
          </a>
        </>
      )}
    </>
  )
}
