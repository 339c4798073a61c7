import { env } from '@/lib/env'
import { getSiteSettings } from '@/lib/queries/organisation'
import { securityTxt } from '@/lib/security-txt'

/** Static, and expired with the site settings like every page that shows them. */
export async function GET(): Promise<Response> {
  const { security } = await getSiteSettings('nl')
  // Without a contact there is nothing to publish; an admin sets both in the site settings.
  if (!security?.contact || !security.expires) return new Response('Not found', { status: 404 })
  return new Response(securityTxt({ contact: security.contact, expires: security.expires, siteUrl: env.SITE_URL }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
