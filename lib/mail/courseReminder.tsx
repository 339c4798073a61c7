import { Heading, Text } from '@react-email/components'
import type { Locale } from './kinds'
import { MailLayout, paragraph } from './Layout'
import { renderMail } from './render'

const TEXTS = {
  nl: {
    subject: (course: string) => `Overmorgen begint ${course}`,
    greeting: (name: string) => `Hallo ${name},`,
    when: (course: string, date: string) => `Overmorgen, ${date}, is de eerste bijeenkomst van ${course}.`,
    where: (place: string) => `Waar: ${place}.`,
    time: (time: string) => `Hoe laat: ${time}.`,
    cannot: 'Kun je toch niet komen? Laat het ons dan even weten.',
    bye: 'We zien je graag! Het team van Doen & Laten',
  },
} as const

/** Two days before the first meeting, to everyone accepted for the edition. */
export async function courseReminder(
  data: { name: string; courseTitle: string; date: string; time?: string; place?: string; siteUrl: string; contactEmail: string },
  locale: Locale = 'nl',
) {
  const t = TEXTS[locale]
  const { html, text } = await renderMail(
    <MailLayout preview={t.subject(data.courseTitle)} siteUrl={data.siteUrl} contact={data.contactEmail}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.subject(data.courseTitle)}
      </Heading>
      <Text style={paragraph}>{t.greeting(data.name)}</Text>
      <Text style={paragraph}>{t.when(data.courseTitle, data.date)}</Text>
      {data.place && <Text style={paragraph}>{t.where(data.place)}</Text>}
      {data.time && <Text style={paragraph}>{t.time(data.time)}</Text>}
      <Text style={paragraph}>{t.cannot}</Text>
      <Text style={paragraph}>{t.bye}</Text>
    </MailLayout>,
  )
  return { subject: t.subject(data.courseTitle), html, text }
}
