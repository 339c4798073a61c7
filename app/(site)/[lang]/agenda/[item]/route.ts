import { notFound } from 'next/navigation'
import { agendaItemPath } from '@/lib/agenda'
import { env } from '@/lib/env'
import { agendaCalendar, ICS_HEADERS } from '@/lib/ical'
import { getAgenda } from '@/lib/queries/agenda'

type Context = { params: Promise<{ item: string }> }

export const revalidate = 3600

export async function generateStaticParams() {
  return (await getAgenda('nl')).map((item) => ({ item: agendaItemPath(item).split('/').at(-1)! }))
}

/** One agenda item as an .ics file: "Zet in je agenda". */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { item: file } = await params
  const item = (await getAgenda('nl')).find((candidate) => agendaItemPath(candidate) === `/agenda/${file}`)
  if (!item) notFound()
  return new Response(agendaCalendar(item.title, [item], env.SITE_URL), {
    headers: { ...ICS_HEADERS, 'Content-Disposition': `attachment; filename="${item.id}.ics"` },
  })
}
