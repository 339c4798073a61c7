import { revalidateTag } from 'next/cache'
import { z } from 'zod'
import { hasValidRevalidationToken } from '@/lib/server-revalidation'
import { noteExpired } from '@/lib/tag-clock'

export const dynamic = 'force-dynamic'

const body = z.object({ tags: z.array(z.string().regex(/^[a-z0-9:-]{1,200}$/)).min(1).max(50) })

/** Expire cache tags for code outside a request (lib/server-revalidation.ts). Not for visitors. */
export async function POST(request: Request): Promise<Response> {
  if (!hasValidRevalidationToken(request.headers)) return new Response(null, { status: 404 })
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Expected { tags: string[] }' }, { status: 400 })
  // As the collection hooks do: the next request renders fresh data.
  noteExpired(parsed.data.tags)
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
