import { Link, Text } from '@react-email/components'
import type { Locale } from './kinds'
import { MailLayout, paragraph } from './Layout'
import { renderMail } from './render'

/** A short notice for staff (a new sign-up, a cancellation, a place offered): a sentence and a link to the admin. */
export async function staffNotice(subject: string, lines: string[], adminUrl: string, siteUrl: string, contact: string, _locale: Locale = 'nl') {
  const { html, text } = await renderMail(
    <MailLayout preview={subject} siteUrl={siteUrl} contact={contact}>
      {lines.map((line) => (
        <Text key={line} style={paragraph}>
          {line}
        </Text>
      ))}
      <Text style={paragraph}>
        Bekijk het in het beheer: <Link href={adminUrl}>{adminUrl}</Link>
      </Text>
    </MailLayout>,
  )
  return { subject, html, text }
}
