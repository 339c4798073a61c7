import { notFound } from 'next/navigation'
import { env } from '@/lib/env'
import { ICS_HEADERS, locationCalendar } from '@/lib/ical'
import { getLocationBySlug, getLocations } from '@/lib/queries/locations'
import { slugParams } from '@/lib/route-params'

type Context = { params: Promise<{ slug: string }> }

export const revalidate = 3600

export async function generateStaticParams() {
  return (await getLocations('nl')).map((location) => ({ slug: location.slug }))
}

/** One huiskamer's weekly opening hours, closures excepted, to follow in a calendar app. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = slugParams.parse(await params)
  const location = slug ? await getLocationBySlug(slug, 'nl') : null
  if (!location) notFound()
  return new Response(locationCalendar(location, env.SITE_URL), { headers: ICS_HEADERS })
}
