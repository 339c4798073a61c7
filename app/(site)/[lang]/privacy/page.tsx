import type { Metadata } from 'next'
import { ReachPrivacy } from '@/components/ReachPrivacy'
import { PageHeader } from '@/components/ui/PageHeader'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const locale = await pageLocale(params)
  return pageMetadata({ title: 'Privacy', description: 'Wat deze website over jou bewaart, en waarom. Geen volgcookies.', path: '/privacy', locale })
}

// Not translated yet: other languages show the Dutch text, marked as Dutch, with a note.
export default async function PrivacyPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  return (
    <DutchOnlyPage locale={locale}>
    <div className="max-w-prose space-y-6">
      <PageHeader title="Privacy" intro="We bewaren zo weinig mogelijk over jou. Hier lees je wat we wel bewaren en waarom." />
      <section aria-labelledby="cookies">
        <h2 id="cookies" className="text-2xl">Geen volgcookies</h2>
        <p className="mt-2">
          Deze website gebruikt geen cookies om je te volgen, en geen advertenties of statistieken van andere bedrijven. Wat we zelf tellen, lees je hieronder.
          Daarom zie je ook geen cookiemelding. Alleen medewerkers die inloggen krijgen een cookie, zodat ze ingelogd
          blijven.
        </p>
      </section>
      <section aria-labelledby="gegevens">
        <h2 id="gegevens" className="text-2xl">Wat we bewaren</h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          <li>
            Als je je aanmeldt voor een cursus: je naam, e-mailadres en wat je zelf invult. We gebruiken dit alleen om
            contact met je op te nemen over de cursus.
          </li>
          <li>Alleen medewerkers van Doen &amp; Laten kunnen deze gegevens zien, nadat ze hebben ingelogd.</li>
          <li>We verwijderen aanmeldingen na een jaar.</li>
          <li>Onze server houdt korte tijd technische gegevens bij (zoals je IP-adres) om misbruik tegen te gaan.</li>
        </ul>
      </section>
      <ReachPrivacy />
      <section aria-labelledby="rechten">
        <h2 id="rechten" className="text-2xl">Jouw rechten</h2>
        <p className="mt-2">
          Je mag altijd vragen welke gegevens we van je hebben, en vragen om ze te verbeteren of te verwijderen. Vraag het
          een coach in de huiskamer, of neem contact met ons op.
        </p>
      </section>
    </div>
    </DutchOnlyPage>
  )
}
