import { Button, Heading, Text } from '@react-email/components'
import type { Locale } from './kinds'
import { MailLayout, paragraph } from './Layout'
import { renderMail } from './render'

const TEXTS = {
  nl: {
    subject: (course: string) => `Er is een plek vrij in ${course}`,
    greeting: (name: string) => `Hallo ${name},`,
    body: (course: string, edition: string) => `Goed nieuws: er is een plek vrijgekomen in ${course}, ${edition}. Je stond op de wachtlijst en de plek is nu voor jou.`,
    next: 'We bellen je binnenkort om kennis te maken. Wil je toch niet meedoen? Laat het ons weten via de knop hieronder.',
    manage: 'Bekijk of annuleer je aanmelding',
    bye: 'Groet, het team van Doen & Laten',
  },
} as const

/** To the first person on the waiting list when somebody cancels. */
export async function placeOffered(
  data: { name: string; courseTitle: string; editionLabel: string; manageUrl: string; siteUrl: string; contactEmail: string },
  locale: Locale = 'nl',
) {
  const t = TEXTS[locale]
  const { html, text } = await renderMail(
    <MailLayout preview={t.subject(data.courseTitle)} siteUrl={data.siteUrl} contact={data.contactEmail}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.subject(data.courseTitle)}
      </Heading>
      <Text style={paragraph}>{t.greeting(data.name)}</Text>
      <Text style={paragraph}>{t.body(data.courseTitle, data.editionLabel)}</Text>
      <Text style={paragraph}>{t.next}</Text>
      <Button href={data.manageUrl} style={{ backgroundColor: '#1d4ed8', color: '#ffffff', padding: '12px 16px', borderRadius: '6px' }}>
        {t.manage}
      </Button>
      <Text style={paragraph}>{t.bye}</Text>
    </MailLayout>,
  )
  return { subject: t.subject(data.courseTitle), html, text }
}
