import type { SiteSetting } from '@/payload-types'
import { telHref } from '@/lib/format'

/** The calm, always-visible line for people who need help right now (edited in site settings). */
export function HelpLine({ helpLines }: { helpLines: SiteSetting['helpLines'] }) {
  if (!helpLines?.length) return null
  return (
    <aside aria-label="Direct hulp nodig?" className="bg-brand-strong text-white">
      <p className="mx-auto max-w-page px-4 py-2 text-base">
        <strong>Direct hulp nodig?</strong>{' '}
        {helpLines.map((line, index) => (
          <span key={line.id ?? line.label}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            {line.label}
            {line.number && (
              <>
                {': '}
                <a href={telHref(line.number)} className="font-semibold text-white hover:text-white">
                  {line.number}
                </a>
              </>
            )}
            {line.chatUrl && (
              <>
                {line.number ? ' of ' : ': '}
                <a href={line.chatUrl} className="font-semibold text-white hover:text-white">
                  chat
                </a>
              </>
            )}
          </span>
        ))}
      </p>
    </aside>
  )
}
