import type { ReactNode } from 'react'

/** The single <h1> of a page, with an optional introduction. */
export function PageHeader({ title, titleLang, intro, children }: { title: string; titleLang?: string; intro?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-prose">
      <h1 className="text-3xl text-brand-strong md:text-4xl" lang={titleLang}>
        {title}
      </h1>
      {intro && <p className="mt-3 text-lg text-muted">{intro}</p>}
      {children}
    </div>
  )
}
