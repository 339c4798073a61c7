import { Button, Heading, Link, Text } from '@react-email/components'
import { formatDate } from '@/lib/format'
import type { Locale } from './kinds'
import { MailLayout, paragraph } from './Layout'
import { renderMail } from './render'

export type ConfirmationData = {
  name: string
  courseTitle: string
  editionLabel?: string
  startDate?: string
  endDate?: string | null
  place?: string
  placement: 'place' | 'waitlist' | 'interest'
  manageUrl: string
  siteUrl: string
  contactEmail: string
}

/** Dutch texts; a locale argument chooses them once the site speaks more languages. */
const TEXTS = {
  nl: {
    subject: (course: string) => `Je aanmelding voor ${course}`,
    greeting: (name: string) => `Hallo ${name},`,
    what: (course: string, edition?: string) => `Je hebt je aangemeld voor ${course}${edition ? `, ${edition}` : ''}.`,
    place: 'Er is een plek voor je.',
    waitlist: 'De cursus is vol. Je staat op de wachtlijst. Komt er een plek vrij, dan krijg je van ons een e-mail.',
    interest: 'Er is nog geen nieuwe cursus gepland. We hebben genoteerd dat je interesse hebt en laten het je weten zodra er een is.',
    next: 'Wat gebeurt er nu? We bellen je om kennis te maken. Dan vertellen we meer over de cursus en kun je al je vragen stellen.',
    dates: (start: string, end?: string) => (end ? `De cursus loopt van ${start} tot en met ${end}.` : `De cursus begint op ${start}.`),
    where: (place: string) => `Plaats: ${place}.`,
    calendar: 'In de bijlage staan de data voor je agenda.',
    manage: 'Bekijk of annuleer je aanmelding',
    manageNote: 'Met deze link zie je welke gegevens we van je hebben en kun je je afmelden. Deel de link niet met anderen.',
    contact: (email: string) => `Vragen? Mail ons op ${email} of loop binnen in een van onze huiskamers.`,
    bye: 'Groet, het team van Doen & Laten',
  },
} as const

export async function signUpConfirmation(data: ConfirmationData, locale: Locale = 'nl') {
  const t = TEXTS[locale]
  const start = data.startDate ? formatDate(data.startDate) : undefined
  const end = data.endDate ? formatDate(data.endDate) : undefined
  const { html, text } = await renderMail(
    <MailLayout preview={t.what(data.courseTitle, data.editionLabel)} siteUrl={data.siteUrl} contact={data.contactEmail}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.subject(data.courseTitle)}
      </Heading>
      <Text style={paragraph}>{t.greeting(data.name)}</Text>
      <Text style={paragraph}>{t.what(data.courseTitle, data.editionLabel)}</Text>
      <Text style={paragraph}>{t[data.placement]}</Text>
      {data.placement !== 'interest' && <Text style={paragraph}>{t.next}</Text>}
      {start && <Text style={paragraph}>{t.dates(start, end)}</Text>}
      {data.place && <Text style={paragraph}>{t.where(data.place)}</Text>}
      {start && <Text style={paragraph}>{t.calendar}</Text>}
      <Button href={data.manageUrl} style={{ backgroundColor: '#1d4ed8', color: '#ffffff', padding: '12px 16px', borderRadius: '6px' }}>
        {t.manage}
      </Button>
      <Text style={{ ...paragraph, fontSize: '14px' }}>
        {t.manageNote} <Link href={data.manageUrl}>{data.manageUrl}</Link>
      </Text>
      <Text style={paragraph}>{t.contact(data.contactEmail)}</Text>
      <Text style={paragraph}>{t.bye}</Text>
    </MailLayout>,
  )
  return { subject: t.subject(data.courseTitle), html, text }
}
