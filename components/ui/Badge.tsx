import type { ReactNode } from 'react'

const tones = {
  neutral: 'bg-brand-soft text-brand-strong',
  accent: 'bg-accent-soft text-accent',
  open: 'bg-open-soft text-open',
  closed: 'bg-closed-soft text-closed',
}

export type BadgeTone = keyof typeof tones

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>
}
