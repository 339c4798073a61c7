// @ts-check
/**
 * Which addresses are counted as page views: the site's own pages, by shape. The one place that knows
 * them, so language prefixes (/en/, /tr/, /ar/) are learnt here and nowhere else. A slug that fits the
 * shape but names nothing shows the 404 page, which reports itself as an unknown address instead.
 */
import { LANGUAGE_PREFIX_PATTERN } from '../i18n/prefixes.mjs'

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*'
const LANGUAGE = LANGUAGE_PREFIX_PATTERN
const PAGE_SHAPES = [
  'agenda',
  'contact',
  'partners',
  'privacy',
  'team',
  'toegankelijkheid',
  'verhaal',
  'zoeken',
  'locaties',
  `locaties/${SLUG}`,
  'cursussen',
  `cursussen/${SLUG}`,
  `cursussen/${SLUG}/aanmelden`,
  `cursussen/${SLUG}/aanmelden/bedankt`,
  'nieuws',
  `nieuws/${SLUG}`,
  'nieuws/pagina/[1-9][0-9]{0,3}',
]
// "/", "/en", or a page's shape after an optional language prefix ("/tr/locaties/…").
const KNOWN_PAGE = new RegExp(`^(?:/|${LANGUAGE}|${LANGUAGE}?/(?:${PAGE_SHAPES.join('|')}))$`)
const SEARCH_PAGE = new RegExp(`^${LANGUAGE}?/zoeken$`)

/**
 * Whether a counted page is the search page, in any language.
 * @param {string} page
 */
export function isSearchPage(page) {
  return SEARCH_PAGE.test(page)
}

/** Longer addresses are not kept (neither as page nor as unknown address). */
export const MAX_PATH_LENGTH = 200

/**
 * The path a trailing slash aside; case is kept: /Locaties is another (unknown) address.
 * @param {string} path
 */
function normalise(path) {
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

/**
 * The page a view is counted for, or undefined when the path is not one of the site's pages.
 * @param {string} path
 */
export function countablePath(path) {
  const normalised = normalise(path)
  return normalised.length <= MAX_PATH_LENGTH && KNOWN_PAGE.test(normalised) ? normalised : undefined
}

/**
 * An unknown address as it is listed for admins (a candidate for a redirect), or undefined when it is
 * too long or holds characters no real link has. Query strings are never part of it.
 * @param {string} path
 */
export function unknownAddressPath(path) {
  const normalised = normalise(path)
  return normalised.length <= MAX_PATH_LENGTH && /^\/[\w\-./~%]*$/.test(normalised) ? normalised : undefined
}

/**
 * The feed or calendar file a GET request asks for, or undefined: these are counted as subscriptions
 * on the server, because calendar apps and feed readers run no script.
 * @param {string} path
 */
export function subscriptionFile(path) {
  return new RegExp(`^${LANGUAGE}?/(?:agenda\\.ics|nieuws/feed\\.xml|locaties/${SLUG}/agenda\\.ics)$`).test(path) ? path : undefined
}
