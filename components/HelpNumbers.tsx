import type { SiteSetting } from '@/payload-types'
import { HelpContact } from './HelpContact'

/** The help numbers from site settings, as a readable list with tap-to-call links. */
export function HelpNumbers({ helpLines }: { helpLines: SiteSetting['helpLines'] }) {
  return (
    <ul className="mt-3 space-y-3">
      {(helpLines ?? []).map((line) => (
        <li key={line.id ?? line.label} className="rounded-md border border-line bg-surface p-4">
          <strong>{line.label}</strong>
          <HelpContact line={line} linkClassName="text-lg font-semibold" />
          {line.note && <span className="block text-muted">{line.note}</span>}
        </li>
      ))}
    </ul>
  )
}
