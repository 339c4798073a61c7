import type { ReactNode } from 'react'

/** A bare Next.js root layout: no stylesheet, no site chrome. Only for the LCP reference page. */
export default function ReferenceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  )
}
