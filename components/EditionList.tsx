import type { Edition } from '@/lib/courses'
import { EDITION_STATUS_LABELS } from '@/lib/courses'
import { formatDate } from '@/lib/format'
import { Badge, type BadgeTone } from './ui/Badge'

const TONES: Record<Edition['status'], BadgeTone> = {
  planned: 'neutral',
  open: 'open',
  full: 'accent',
  cancelled: 'closed',
  completed: 'neutral',
}

/** Course editions with dates, place and status. */
export function EditionList({ editions }: { editions: Edition[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {editions.map((edition) => (
        <li key={edition.id ?? edition.label} className="rounded-md border border-line bg-surface p-4">
          <p className="flex flex-wrap items-center gap-2">
            <strong>{edition.label}</strong>
            <Badge tone={TONES[edition.status]}>{EDITION_STATUS_LABELS[edition.status]}</Badge>
          </p>
          <p>
            {edition.endDate
              ? `${formatDate(edition.startDate)} tot ${formatDate(edition.endDate)}`
              : `Vanaf ${formatDate(edition.startDate)}`}
            {typeof edition.location === 'object' && edition.location ? `, ${edition.location.name}` : ''}
          </p>
          {edition.capacity && <p className="text-muted">{edition.capacity} plaatsen</p>}
          {edition.note && <p className="text-muted">{edition.note}</p>}
        </li>
      ))}
    </ul>
  )
}
