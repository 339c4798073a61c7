/**
 * Response headers for every route (pages, sign-up, admin, API), set once in next.config.ts.
 *
 * Content-Security-Policy: everything from this origin only. Scripts need `'unsafe-inline'`: Next.js
 * streams each page's React Server Components payload as inline `<script>` tags whose content changes
 * with the content of the page, and public pages are rendered statically and revalidated when editors
 * save, so there is no per-response nonce and no hash fixed at build time (README, "Security").
 * `'unsafe-eval'` is allowed only in development, where React's dev tools need it.
 */
export function securityHeaders(siteUrl: string, development = process.env.NODE_ENV === 'development'): { key: string; value: string }[] {
  const https = siteUrl.startsWith('https://')
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ https, development }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // No page of this site is meant to be shown inside another site's frame (clickjacking).
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  return headers
}

function contentSecurityPolicy({ https, development }: { https: boolean; development: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    // React and Payload's admin set style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: and blob: for upload previews in the admin and small inline images.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
