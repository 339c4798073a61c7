import { env } from '@/lib/env'
import { agendaCalendar, ICS_HEADERS } from '@/lib/ical'
import { getAgenda } from '@/lib/queries/agenda'
import { SITE_NAME } from '@/lib/seo'

// Static, expired with the content it is made of (and the site's hourly safety net for dates).
export const dynamic = 'force-static'
export const revalidate = 3600

/** Everything upcoming, for a phone to subscribe to. */
export async function GET(): Promise<Response> {
  return new Response(agendaCalendar(`Agenda | ${SITE_NAME}`, await getAgenda('nl'), env.SITE_URL), { headers: ICS_HEADERS })
}
