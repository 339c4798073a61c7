// @ts-check
import { escapeHtml } from '../escape-html.mjs'
import { MAX_QUERY_LENGTH } from './limits.mjs'
import { searchMessages as m } from './messages.mjs'

/**
 * Searches per client, counted in this process's memory. scripts/serve.mjs asks before Next.js sees
 * the request: a refused search costs a counter and a short string, no routing, rendering or query,
 * so a flood from one address takes next to nothing from other visitors. Plain JavaScript because
 * serve.mjs runs without the TypeScript loader. A person types a few searches a minute; the limit is
 * far above that.
 *
 * Fixed windows: the counts start again every window and the whole map is dropped then, so memory
 * stays bounded by the clients of one window. With several instances each counts its own share.
 */
export const SEARCH_LIMIT = { limit: 30, windowMs: 60_000 }

let windowStart = 0
/** @type {Map<string, number>} */
const counts = new Map()

/**
 * Count one search by `client`; false when the client has used up this window's searches.
 * @param {string} client
 * @param {number} [now]
 */
export function allowSearch(client, now = Date.now()) {
  if (now - windowStart >= SEARCH_LIMIT.windowMs) {
    windowStart = now
    counts.clear()
  }
  const count = (counts.get(client) ?? 0) + 1
  counts.set(client, count)
  return count <= SEARCH_LIMIT.limit
}

/**
 * Seconds until the current window ends: what a refused client is told to wait.
 * @param {number} [now]
 */
export function secondsUntilNextWindow(now = Date.now()) {
  return Math.max(1, Math.ceil((windowStart + SEARCH_LIMIT.windowMs - now) / 1000))
}

/**
 * The answer to a throttled search: a small page of its own, in Dutch, with the visitor's words still
 * in the search box so nothing typed is lost. 429 with Retry-After.
 * @param {string} query
 * @param {number} seconds
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function throttledSearchPage(query, seconds) {
  const body = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${m.throttledTitle} | Doen &amp; Laten Utrecht</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c2b2a}
input,button{font:inherit;min-height:44px}input{border:2px solid #4b5b5a;border-radius:.375rem;padding:0 .75rem}
button{background:#0e5a55;color:#fff;border:0;border-radius:.375rem;padding:0 1rem;font-weight:600}a{color:#0e5a55}</style></head>
<body><main><h1>${m.throttledTitle}</h1><p>${m.throttledText(seconds)}</p>
<form role="search" action="/zoeken" method="get"><label for="q">${m.label}</label><br>
<input id="q" name="q" type="search" maxlength="${MAX_QUERY_LENGTH}" value="${escapeHtml(query.slice(0, MAX_QUERY_LENGTH))}"> <button type="submit">${m.button}</button></form>
<p><a href="/">${m.home}</a></p></main></body></html>`
  return {
    status: 429,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(seconds), 'Cache-Control': 'no-store' },
    body,
  }
}
