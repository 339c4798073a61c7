import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/PageHeader'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({
  title: 'Toegankelijkheid',
  description: 'Hoe we deze website voor iedereen bruikbaar maken, en wat je kunt doen als iets niet werkt.',
  path: '/toegankelijkheid', locale: await pageLocale(params) })
}

export default async function AccessibilityPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  return (
    <DutchOnlyPage locale={locale}>
      <div className="max-w-prose space-y-6">
        <PageHeader title="Toegankelijkheid" intro="Iedereen moet deze website kunnen gebruiken. Ook met een oude telefoon, een schermlezer of alleen een toetsenbord." />
        <section aria-labelledby="norm">
          <h2 id="norm" className="text-2xl">Welke norm volgen we?</h2>
          <p className="mt-2">
            We bouwen de site volgens de WCAG 2.1 op niveau AA. Dat is de norm die ook voor de overheid geldt. We schrijven in
            eenvoudige taal (niveau B1).
          </p>
        </section>
        <section aria-labelledby="testen">
          <h2 id="testen" className="text-2xl">Hoe testen we?</h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            <li>Bij elke wijziging test een computer elke pagina automatisch met axe-core, op een groot en een klein scherm.</li>
            <li>We controleren of alles werkt met alleen een toetsenbord, en of de site goed blijft bij 200% inzoomen.</li>
            <li>Kleuren hebben genoeg contrast, en de site werkt ook zonder JavaScript.</li>
          </ul>
        </section>
        <section aria-labelledby="melden">
          <h2 id="melden" className="text-2xl">Werkt er iets niet?</h2>
          <p className="mt-2">
            Laat het ons weten. Vertel op welke pagina het was en wat er misging. Je vindt onze gegevens op de{' '}
            <Link href="/contact">contactpagina</Link>, of je zegt het tegen een coach in een huiskamer. We proberen het
            binnen twee weken op te lossen.
          </p>
        </section>
      </div>
    </DutchOnlyPage>
  )
}
