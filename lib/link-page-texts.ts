import type { Registration } from '@/payload-types'

/** The public words of the pages behind links in mails (own registration, hours check), together so they can move to message files. */
export const REGISTRATION_PAGE_TEXTS = {
  title: 'Je aanmelding',
  intro: 'Dit is wat we van je bewaren. Alleen medewerkers van Doen & Laten kunnen het zien.',
  invalid: 'Deze link werkt niet (meer). Misschien is de cursus al voorbij, of heb je je al afgemeld. Vragen? Loop binnen in een van onze huiskamers.',
  tooMany: 'Je hebt deze pagina vaak geopend. Probeer het over 10 minuten opnieuw.',
  labels: { course: 'Cursus', edition: 'Editie', status: 'Stand van zaken', name: 'Naam', email: 'E-mail', phone: 'Telefoon', motivation: 'Motivatie', createdAt: 'Aangemeld op' },
  noEdition: 'Interesse voor de volgende keer',
  cancelTitle: 'Afmelden',
  cancelText: 'Wil je niet meer meedoen? Meld je dan hier af. We verwijderen dan al je gegevens. Dat kunnen we niet terugdraaien.',
  cancelButton: 'Afmelden en mijn gegevens verwijderen',
  cancelled: 'Je bent afgemeld. We hebben je gegevens verwijderd.',
  cancelledTitle: 'Je bent afgemeld',
} as const

export const PUBLIC_STATUS: Record<Registration['status'], string> = {
  new: 'Ontvangen: we bellen je voor een kennismaking',
  contacted: 'We hebben je gebeld',
  intake: 'Er is een kennismaking gepland',
  enrolled: 'Je bent aangenomen',
  declined: 'Je bent niet aangenomen',
  withdrawn: 'Afgemeld',
  waitlisted: 'Op de wachtlijst',
}

export const HOURS_CHECK_TEXTS = {
  title: 'Kloppen de openingstijden nog?',
  intro: (name: string, checked?: string) => `${name}: de tijden zijn ${checked ? `laatst nagekeken op ${checked}` : 'nog nooit nagekeken'}.`,
  button: 'De tijden kloppen nog',
  doneTitle: 'Dank je wel!',
  done: 'Op de website staat nu dat de tijden vandaag zijn gecontroleerd.',
  toLocation: 'Bekijk de huiskamer op de website',
  invalid: 'Deze link werkt niet (meer). Hij werkt één keer en 7 dagen lang. Log in om de tijden na te kijken.',
  edit: 'Tijden aanpassen',
} as const
