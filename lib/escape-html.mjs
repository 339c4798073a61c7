// @ts-check
/** Plain JavaScript: scripts/serve.mjs (lib/search/throttle.mjs) uses it without the TypeScript loader. */

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text that can go into HTML (content or a quoted attribute) without becoming markup. @param {string} text */
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
