import { NextResponse, type NextRequest } from 'next/server'

/** Far more than the sign-up form can hold (1000-character motivation and a few short fields). */
export const MAX_SIGN_UP_BYTES = 32 * 1024

/**
 * Refuse oversized sign-up posts before they are read: a clear 413 instead of the generic error page
 * Next.js shows when a server action body passes its own limit (also 32 kB, in next.config.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (request.method === 'POST' && length > MAX_SIGN_UP_BYTES) {
    return new NextResponse('Het formulier is te groot. Maak je tekst korter en probeer het opnieuw.', {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

export const config = { matcher: '/cursussen/:slug/aanmelden' }
