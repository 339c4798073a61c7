import { NextResponse, type NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { normaliseRedirectPath, redirectTarget, type RedirectDoc } from '@/lib/redirects'

/** Far more than the sign-up form can hold (1000-character motivation and a few short fields). */
export const MAX_SIGN_UP_BYTES = 32 * 1024

const SIGN_UP_PATH = /^\/cursussen\/[^/]+\/aanmelden$/

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (SIGN_UP_PATH.test(request.nextUrl.pathname)) return refuseOversizedSignUp(request)
  return (await redirectOldAddress(request)) ?? NextResponse.next()
}

/**
 * Refuse oversized sign-up posts before they are read: a clear 413 instead of the generic error page
 * Next.js shows when a server action body passes its own limit (also 32 kB, in next.config.ts).
 */
function refuseOversizedSignUp(request: NextRequest): NextResponse {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (request.method === 'POST' && length > MAX_SIGN_UP_BYTES) {
    return new NextResponse('Het formulier is te groot. Maak je tekst korter en probeer het opnieuw.', {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

/**
 * An address outside the site's own sections (see the matcher) that an admin redirected under "Oude
 * adressen": a permanent redirect. Looked up through the REST API of this same server, so an edit
 * applies at once on every instance. Anything else goes on to Next.js (and its Dutch 404).
 */
async function redirectOldAddress(request: NextRequest): Promise<NextResponse | undefined> {
  const api = new URL('/api/redirects', env.INTERNAL_URL ?? request.nextUrl.origin)
  api.searchParams.set('where[from][equals]', normaliseRedirectPath(request.nextUrl.pathname))
  api.searchParams.set('depth', '1')
  api.searchParams.set('limit', '1')
  const response = await fetch(api, { signal: AbortSignal.timeout(3_000) }).catch(() => null)
  if (!response?.ok) return undefined
  const { docs } = (await response.json()) as { docs: RedirectDoc[] }
  const target = redirectTarget(docs[0])
  // Against SITE_URL: behind the TLS proxy this server does not see the public scheme and host.
  return target ? NextResponse.redirect(new URL(target, env.SITE_URL), 301) : undefined
}

export const config = {
  matcher: [
    '/cursussen/:slug/aanmelden',
    // Everything but the home page, the site's own sections and Next.js/Payload internals.
    '/((?!_next/|api/|admin|aanmelding|tijden-kloppen|locaties|cursussen|agenda|nieuws|zoeken|lcp-referentie|verhaal|team|partners|contact|toegankelijkheid|privacy|preview|icons/|media/|favicon\\.ico|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml|\\.well-known/).+)',
  ],
}
