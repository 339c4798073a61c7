import type { Endpoint } from 'payload'
import { editionRegistrations, exportQuery, registrationsCsv } from '@/lib/registration-export'
import { hasRole } from '../access/roles'

/**
 * GET /api/registrations/export?course=<id>&edition=<edition id>: one edition's list as CSV, for admins
 * only. Each export is logged (who, which edition, how many people): it takes personal data out of the site.
 */
export const exportRegistrationsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Alleen beheerders kunnen aanmeldingen exporteren.' }] }, { status: 403 })
    const query = exportQuery.safeParse({ course: req.searchParams.get('course'), edition: req.searchParams.get('edition') })
    if (!query.success) return Response.json({ errors: [{ message: 'Kies een cursus en een editie.' }] }, { status: 400 })
    const rows = await editionRegistrations(req.payload, query.data.course, query.data.edition)
    req.payload.logger.info({ event: 'registrations.export', user: req.user!.id, course: query.data.course, edition: query.data.edition, rows: rows.length, msg: 'Registrations exported as CSV' })
    return new Response(registrationsCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="aanmeldingen-${query.data.course}-${query.data.edition.replace(/[^\w-]/g, '')}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
