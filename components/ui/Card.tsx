import type { ReactNode } from 'react'

export function Card({ children, as: Tag = 'article' }: { children: ReactNode; as?: 'article' | 'section' | 'li' | 'div' }) {
  return <Tag className="rounded-lg border border-line bg-surface p-5 shadow-sm">{children}</Tag>
}
