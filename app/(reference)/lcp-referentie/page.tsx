import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Referentiepagina', robots: { index: false, follow: false } }

/**
 * The yardstick for `npm run lcp` (scripts/lcp.ts): a bare Next.js page with about as much text as the
 * home page, no CSS and no data. Its Largest Contentful Paint is what the real pages are compared with.
 */
export default function LcpReferencePage() {
  return (
    <main>
      <h1>Welkom bij Doen &amp; Laten</h1>
      <p>
        Doen &amp; Laten is een project van ervaringscoaches in Utrecht. Zij weten zelf hoe het is als het even niet gaat, en runnen
        huiskamers in de wijk waar iedereen welkom is.
      </p>
      <p>Je bent welkom zonder afspraak. Kom langs voor koffie, een praatje of een luisterend oor.</p>
      <h2>Onze huiskamers</h2>
      <ul>
        <li>Huiskamer Marco Pololaan, Kanaleneiland</li>
        <li>Huiskamer Ghanadreef, Overvecht</li>
        <li>Huiskamer Beatrixlaan, Zuilen</li>
      </ul>
    </main>
  )
}
