import type { Endpoint, PayloadRequest } from 'payload'
import { normaliseRedirectPath } from '@/lib/redirects'
import { hasRole } from '@/collections/access/roles'
import type { User } from '@/payload-types'
import { canSeeReach, ownLocationPaths } from './access'
import { unknownAddressPath } from './paths.mjs'
import { parsePeriod } from './period'
import { reachReport } from './reads'
import { REACH_TABLES, toCsv } from './tables'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** GET /api/bereik/csv?tabel=…&van=…&tot=…: one dashboard table as a CSV download (admins and coordinators). */
const csvExport: Endpoint = {
  path: '/bereik/csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = req.user as User | null
    if (!canSeeReach(user)) return refuse(403, 'Alleen voor beheerders en coördinatoren.')
    const params = Object.fromEntries(req.searchParams ?? new URLSearchParams())
    const table = REACH_TABLES.find((candidate) => candidate.slug === params.tabel)
    if (!table) return refuse(400, `Onbekende tabel. Kies uit: ${REACH_TABLES.map((t) => t.slug).join(', ')}.`)
    const period = parsePeriod(params)
    const report = await reachReport(period, await ownLocationPaths(req.payload, user as User))
    return new Response(toCsv(table, report), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="bereik-${table.slug}-${period.from}-${period.to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * POST /api/bereik/doorverwijzing (form field `van`): the one click from an unknown address to a new
 * redirect. Creates it from that address to the home page (better than a 404 for an old link) and
 * opens it for the admin to choose the page it should go to.
 */
const redirectFromUnknown: Endpoint = {
  path: '/bereik/doorverwijzing',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user as User | null, 'admin')) return refuse(403, 'Alleen beheerders maken doorverwijzingen.')
    const form = await req.formData?.().catch(() => undefined)
    const from = unknownAddressPath(String(form?.get('van') ?? ''))
    if (!from) return refuse(400, 'Dit is geen geldig adres.')
    const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: normaliseRedirectPath(from) } }, limit: 1, depth: 0, req })
    const id = existing.docs[0]?.id ?? (await req.payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/' } }, req, overrideAccess: false, user: req.user })).id
    return new Response(null, { status: 303, headers: { Location: `/admin/collections/redirects/${id}` } })
  },
}

export const reachEndpoints: Endpoint[] = [csvExport, redirectFromUnknown]
