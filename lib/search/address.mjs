// @ts-check
import { LANGUAGE_PREFIX_PATTERN } from '../i18n/prefixes.mjs'
import { MAX_QUERY_LENGTH } from './limits.mjs'

/**
 * The two addresses of a search. Visitors search at /zoeken?q=… (a plain GET form, works without
 * JavaScript); the results are the page app/(site)/[lang]/zoeken/[words], cached like every other page
 * (per language and words, expired by the content tags), so a repeated search costs what a cached page
 * costs instead of a render. scripts/serve.mjs maps the one address to the other before Next.js routes;
 * under `next dev` proxy.ts does. The words travel as base64url: any text is one path segment.
 * Plain JavaScript because serve.mjs runs without the TypeScript loader.
 */

const SEARCH_FORM = /^(?:\/(nl|en|tr|ar))?\/zoeken\?(.*)$/
// Both addresses, in every language, Dutch also unprefixed: what the search throttle counts.
const SEARCH_ANY = new RegExp(`^(?:${LANGUAGE_PREFIX_PATTERN}|/nl)?/zoeken(?:\\?(.*)|/([^/?]+)(?:\\?.*)?)$`)

/**
 * The words of a search as the results page uses them: trimmed and cut to the longest search.
 * @param {string} words
 */
export function searchWords(words) {
  return words.trim().slice(0, MAX_QUERY_LENGTH).trim()
}

/** @param {string} words */
export function wordsSegment(words) {
  return Buffer.from(words, 'utf8').toString('base64url')
}

/**
 * The words a results page's segment stands for, or null when the segment is not one this module
 * made (so every search has exactly one results address).
 * @param {string} segment
 */
export function wordsOfSegment(segment) {
  const words = Buffer.from(segment, 'base64url').toString('utf8')
  return words !== '' && searchWords(words) === words && wordsSegment(words) === segment ? words : null
}

/**
 * The results page for a request to the search form's address (`/zoeken?q=…`, `/en/zoeken?q=…`;
 * `/nl/zoeken?…` too, as serve.mjs passes Dutch on), or null for any other request and for a search
 * without words (the empty search page is a page of its own). Other query parameters are dropped.
 * @param {string} url the request's path and query
 */
export function resultsPageOf(url) {
  const form = SEARCH_FORM.exec(url)
  if (!form) return null
  const words = searchWords(new URLSearchParams(form[2]).get('q') ?? '')
  return words ? `/${form[1] ?? 'nl'}/zoeken/${wordsSegment(words)}` : null
}

/**
 * The words of any request that runs a search (either address), or null: what the throttle counts.
 * @param {string | undefined} url the request's path and query
 */
export function searchQueryOf(url) {
  const match = url ? SEARCH_ANY.exec(url) : null
  if (!match) return null
  if (match[2] !== undefined) return wordsOfSegment(match[2])
  return searchWords(new URLSearchParams(match[1]).get('q') ?? '') || null
}
