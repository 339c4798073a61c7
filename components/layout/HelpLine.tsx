import type { SiteSetting } from '@/payload-types'
import { HelpContact } from '../HelpContact'

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
            <HelpContact line={line} linkClassName="font-semibold text-white hover:text-white" />
          </span>
        ))}
      </p>
    </aside>
  )
}
