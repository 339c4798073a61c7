import { NextResponse, type NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { redirectFor } from '@/lib/redirects/table'
import { resultsPageOf } from '@/lib/search/address.mjs'

/** Far more than the sign-up form can hold (1000-character motivation and a few short fields). */
export const MAX_SIGN_UP_BYTES = 32 * 1024

const SIGN_UP_PATH = /^(?:\/(?:nl|en|tr|ar))?\/cursussen\/[^/]+\/aanmelden$/

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (SIGN_UP_PATH.test(request.nextUrl.pathname)) return refuseOversizedSignUp(request)
  // In production scripts/serve.mjs has done this before Next.js routes; `next dev` has no serve.mjs.
  const results = resultsPageOf(request.nextUrl.pathname + request.nextUrl.search)
  if (results) return NextResponse.rewrite(new URL(results, request.url))
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
 * adressen": a permanent redirect, from the table in memory (lib/redirects/table.ts), so an unknown
 * address costs no request or query. Anything else goes on to Next.js (and its static Dutch 404).
 */
async function redirectOldAddress(request: NextRequest): Promise<NextResponse | undefined> {
  const target = await redirectFor(withoutDutchPrefix(request.nextUrl.pathname), request.nextUrl.origin).catch((error: unknown) => {
    // The table could not be loaded (the server is still starting, or its API failed): no redirect
    // this time, and the next request tries again.
    console.error(`[redirects] ${(error as Error).message}`)
    return null
  })
  // Against SITE_URL: behind the TLS proxy this server does not see the public scheme and host.
  return target ? NextResponse.redirect(new URL(target, env.SITE_URL), 301) : undefined
}

/**
 * The address as the visitor asked for it: in production scripts/serve.mjs has already rewritten a Dutch
 * address to "/nl/…" (lib/i18n/dutch-addresses.mjs); under `next dev` the proxy sees it unprefixed.
 */
function withoutDutchPrefix(pathname: string): string {
  return pathname.replace(/^\/nl(?=\/|$)/, '') || '/'
}

export const config = {
  matcher: [
    '/cursussen/:slug/aanmelden',
    '/:lang(nl|en|tr|ar)/cursussen/:slug/aanmelden',
    // A search with words, to its cached results page (lib/search/address.mjs).
    { source: '/zoeken', has: [{ type: 'query', key: 'q' }] },
    { source: '/:lang(nl|en|tr|ar)/zoeken', has: [{ type: 'query', key: 'q' }] },
    // Everything but the home page, the site's own sections (in every language, Dutch also as "/nl/…",
    // as scripts/serve.mjs passes it on) and Next.js/Payload internals.
    '/((?!(?:nl|en|tr|ar)(?:$|/(?:locaties|cursussen|agenda|nieuws|zoeken|verhaal|team|partners|contact|toegankelijkheid|privacy|aanmelding|tijden-kloppen|preview))|_next/|api/|admin|aanmelding|tijden-kloppen|locaties|cursussen|agenda|nieuws|zoeken|lcp-referentie|verhaal|team|partners|contact|toegankelijkheid|privacy|preview|icons/|media/|favicon\\.ico|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml|\\.well-known/).+)',
  ],
}
