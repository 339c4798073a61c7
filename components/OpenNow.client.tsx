'use client'

import { useEffect, useState } from 'react'
import { openStatus, statusLabel, type Closure, type OpeningSlot, type StatusWords } from '@/lib/opening-hours'

/**
 * "Nu open" / "Opent dinsdag om 10:00" (in the page's language: `words`), computed in the visitor's browser from the hours in the page,
 * so the cached page never shows a status from the moment it was rendered.
 */
export function OpenNow({ slots, closures, words }: { slots: OpeningSlot[]; closures: Closure[]; words: StatusWords }) {
  const [status, setStatus] = useState<{ open: boolean; label: string } | null>(null)

  useEffect(() => {
    const update = () => {
      const now = new Date()
      const current = openStatus(slots, closures, now)
      setStatus({ open: current.open, label: statusLabel(current, now, words) })
    }
    update()
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [slots, closures, words])

  if (!status) return null
  return (
    <p
      role="status"
      className={`inline-block rounded px-2 py-0.5 font-semibold ${status.open ? 'bg-open-soft text-open' : 'border border-line bg-surface text-muted'}`}
    >
      {status.label}
    </p>
  )
}
