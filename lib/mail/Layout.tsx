import { Body, Container, Head, Html, Link, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'

/**
 * The frame of every mail: one narrow column that reads on a phone, system fonts, inline styles, and
 * nothing loaded from another host (no images, fonts or trackers).
 */
export function MailLayout({ preview, children, siteUrl, contact }: { preview: string; children: ReactNode; siteUrl: string; contact: string }) {
  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#ffffff', color: '#1f2937', fontFamily: 'Arial, Helvetica, sans-serif', fontSize: '16px', lineHeight: '1.5' }}>
        <Container style={{ maxWidth: '560px', padding: '16px' }}>
          {children}
          <Section style={{ borderTop: '1px solid #d1d5db', marginTop: '24px', paddingTop: '8px' }}>
            <Text style={{ fontSize: '14px', color: '#4b5563' }}>
              Doen &amp; Laten Utrecht · <Link href={siteUrl}>{siteUrl.replace(/^https?:\/\//, '')}</Link> · {contact}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

export const paragraph = { margin: '0 0 12px', fontSize: '16px', lineHeight: '1.5' }
