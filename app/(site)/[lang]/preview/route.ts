import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { hasRole } from '@/collections/access/roles'
import { getPayloadClient } from '@/lib/payload'
import { documentPath } from '@/lib/paths'


const query = z.object({
  collection: z.enum(['locations', 'courses', 'posts']),
  slug: z.string().regex(/^[a-z0-9-]+$/).max(120),
})

/** Staff only: turn on draft mode and open the real page with the newest (draft) version. */
export async function GET(request: Request): Promise<Response> {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) return new Response('Ongeldige voorbeeldlink.', { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'admin', 'coordinator')) {
    return new Response('Log eerst in op /admin om een voorbeeld te bekijken.', { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(documentPath(parsed.data.collection, parsed.data.slug))
}
