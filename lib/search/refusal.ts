import { MAX_QUERY_LENGTH } from '@/lib/search'
import { searchMessages as m } from './messages'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/**
 * The answer to a throttled search: a small page of its own (no render, no query), in Dutch, with the
 * visitor's words still in the search box so nothing typed is lost. 429 with Retry-After.
 */
export function throttledSearchResponse(query: string, seconds: number): Response {
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${m.throttledTitle} | Doen &amp; Laten Utrecht</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c2b2a}
input,button{font:inherit;min-height:44px}input{border:2px solid #4b5b5a;border-radius:.375rem;padding:0 .75rem}
button{background:#0e5a55;color:#fff;border:0;border-radius:.375rem;padding:0 1rem;font-weight:600}a{color:#0e5a55}</style></head>
<body><main><h1>${m.throttledTitle}</h1><p>${m.throttledText(seconds)}</p>
<form role="search" action="/zoeken" method="get"><label for="q">${m.label}</label><br>
<input id="q" name="q" type="search" maxlength="${MAX_QUERY_LENGTH}" value="${escapeHtml(query.slice(0, MAX_QUERY_LENGTH))}"> <button type="submit">${m.button}</button></form>
<p><a href="/">${m.home}</a></p></main></body></html>`
  return new Response(html, {
    status: 429,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(seconds), 'Cache-Control': 'no-store' },
  })
}
