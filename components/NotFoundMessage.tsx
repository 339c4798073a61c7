import Link from 'next/link'
import { StatsMark } from './StatsMark'
import { ButtonLink } from './ui/ButtonLink'

/** The Dutch 404 text with the ways on that most visitors look for. */
export function NotFoundMessage() {
  return (
    <div className="max-w-prose">
      <StatsMark kind="not-found" />
      <h1 className="text-3xl text-brand-strong">Deze pagina bestaat niet (meer)</h1>
      <p className="mt-4">Misschien is de link oud, of zit er een tikfout in het adres. Geen zorgen, we helpen je verder.</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/locaties">Vind een huiskamer bij jou in de buurt</Link>
        </li>
        <li>
          <Link href="/cursussen">Lees over de cursus voor ervaringscoaches</Link>
        </li>
        <li>
          <Link href="/contact">Neem contact op</Link>
        </li>
      </ul>
      <p className="mt-6">
        <ButtonLink href="/">Naar de homepagina</ButtonLink>
      </p>
    </div>
  )
}
