import type { SiteSetting } from '@/payload-types'
import { telHref } from '@/lib/format'

type HelpLine = NonNullable<SiteSetting['helpLines']>[number]

/** ": 0800-0113 of chat" after a help line's label: tap to call, and its chat where there is one. */
export function HelpContact({ line, linkClassName }: { line: HelpLine; linkClassName: string }) {
  return (
    <>
      {line.number && (
        <>
          {': '}
          <a href={telHref(line.number)} className={linkClassName}>
            {line.number}
          </a>
        </>
      )}
      {line.chatUrl && (
        <>
          {line.number ? ' of ' : ': '}
          <a href={line.chatUrl} className={linkClassName}>
            chat
          </a>
        </>
      )}
    </>
  )
}
