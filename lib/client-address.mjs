// @ts-check

/**
 * The address a request comes from, as rate limits must see it.
 *
 * `trustedHops` is how many reverse proxies stand in front of this server. Each appends the address it
 * saw to X-Forwarded-For, so with one proxy the last entry is the client and everything to its left
 * was sent by the client itself. With no proxy only the connection counts, whatever headers arrive.
 *
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} socketAddress the connection's remote address
 * @param {number} trustedHops
 * @returns {string}
 */
export function clientAddress(forwardedFor, socketAddress, trustedHops) {
  const socket = withoutIpv4Prefix(socketAddress ?? '') || 'unknown'
  if (trustedHops <= 0) return socket
  const entries = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not pass every proxy; the leftmost is the best we know.
  const entry = entries.at(-trustedHops) ?? entries[0]
  return entry ? withoutIpv4Prefix(entry) : socket
}

/**
 * Node reports IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d; one client, one spelling.
 * @param {string} address
 */
function withoutIpv4Prefix(address) {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
}

