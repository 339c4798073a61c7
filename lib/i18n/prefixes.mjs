// @ts-check
/**
 * The address prefixes of the languages other than Dutch (lib/i18n/locales.ts), in plain JavaScript
 * for the modules scripts/serve.mjs loads without TypeScript. tests/unit/stats-paths.test.ts keeps
 * the two lists equal.
 */
export const LANGUAGE_PREFIXES = ['en', 'tr', 'ar']

/** `(?:/(?:en|tr|ar))`, for the regular expressions that recognise a page in any language. */
export const LANGUAGE_PREFIX_PATTERN = `(?:/(?:${LANGUAGE_PREFIXES.join('|')}))`
