import { Button, Heading, Link, Text } from '@react-email/components'
import type { Locale } from './kinds'
import { MailLayout, paragraph } from './Layout'
import { renderMail } from './render'

export type StaleLocation = { name: string; checkedAt?: string; confirmUrl: string; editUrl: string }

const TEXTS = {
  nl: {
    subject: 'Kloppen de openingstijden nog?',
    greeting: (name: string) => `Hallo ${name},`,
    intro: 'Bezoekers kijken op de website wanneer ze langs kunnen komen. Van deze huiskamer zijn de tijden al meer dan 30 dagen niet nagekeken:',
    checked: (date: string) => `laatst nagekeken op ${date}`,
    never: 'nog nooit nagekeken',
    confirm: 'De tijden kloppen nog',
    edit: 'Tijden aanpassen',
    note: 'De knop werkt één keer en 7 dagen lang. Je hoeft er niet voor in te loggen.',
    optOut: (url: string) => `Wil je deze herinnering niet meer? Zet hem uit bij je account: ${url}`,
    bye: 'Dank je wel!',
  },
} as const

/** The weekly reminder to a coordinator, one block per huiskamer whose hours went unchecked. */
export async function hoursReminder(
  data: { name: string; locations: StaleLocation[]; accountUrl: string; siteUrl: string; contactEmail: string },
  locale: Locale = 'nl',
) {
  const t = TEXTS[locale]
  const { html, text } = await renderMail(
    <MailLayout preview={t.subject} siteUrl={data.siteUrl} contact={data.contactEmail}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.subject}
      </Heading>
      <Text style={paragraph}>{t.greeting(data.name)}</Text>
      <Text style={paragraph}>{t.intro}</Text>
      {data.locations.map((location) => (
        <div key={location.confirmUrl} style={{ margin: '0 0 20px' }}>
          <Text style={{ ...paragraph, fontWeight: 'bold' }}>
            {location.name} ({location.checkedAt ? t.checked(location.checkedAt) : t.never})
          </Text>
          <Button href={location.confirmUrl} style={{ backgroundColor: '#1d4ed8', color: '#ffffff', padding: '12px 16px', borderRadius: '6px' }}>
            {t.confirm}
          </Button>{' '}
          <Link href={location.editUrl}>{t.edit}</Link>
        </div>
      ))}
      <Text style={{ ...paragraph, fontSize: '14px' }}>{t.note}</Text>
      <Text style={{ ...paragraph, fontSize: '14px' }}>{t.optOut(data.accountUrl)}</Text>
      <Text style={paragraph}>{t.bye}</Text>
    </MailLayout>,
  )
  return { subject: t.subject, html, text }
}
