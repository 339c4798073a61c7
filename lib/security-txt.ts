/** RFC 9116 security.txt from the contact and expiry date an admin keeps in the site settings. */
export function securityTxt({ contact, expires, siteUrl }: { contact: string; expires: string; siteUrl: string }): string {
  return [
    `Contact: mailto:${contact}`,
    `Expires: ${new Date(expires).toISOString()}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${siteUrl}/.well-known/security.txt`,
    '',
  ].join('\n')
}
