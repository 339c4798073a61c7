import { BASE_PATHS, documentPath, type PageCollection } from '../paths'

/**
 * One spelling for a redirect's "from" address, used when an admin saves it and when a request is looked
 * up: the path only (an old full URL is cut down to it), one leading slash, no trailing slash, no query.
 * So "/feed/", "/feed" and "https://doenenlatenutrecht.nl/feed/" are the same old address.
 */
export function normaliseRedirectPath(value: string): string {
  let path = value.trim()
  try {
    path = new URL(path, 'http://old.invalid').pathname
  } catch {
    // Not parseable as a URL: treat it as a path.
  }
  return `/${path.replace(/^\/+/, '').replace(/\/+$/, '')}`.toLowerCase()
}

type Reference = { relationTo: string; value: number | { slug?: string | null } }
export type RedirectDoc = { to?: { type?: string | null; url?: string | null; reference?: Reference | null } | null }

/** Where a redirect of @payloadcms/plugin-redirects points: a page of ours (populated reference) or a URL. */
export function redirectTarget(doc: RedirectDoc | undefined): string | null {
  const to = doc?.to
  if (to?.type === 'custom') return to.url || null
  const reference = to?.reference
  if (reference && typeof reference.value === 'object' && reference.value.slug && reference.relationTo in BASE_PATHS) {
    return documentPath(reference.relationTo as PageCollection, reference.value.slug)
  }
  return null
}
