import type { AnchorHTMLAttributes } from 'react'

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/**
 * The site's links: a plain <a>, so a click loads the next page as a document. Public pages are
 * static, cached HTML, and each language has its own root layout. Next.js's <Link> made every link a
 * client component that hydrated and registered itself (34 on the home page), on the visitor's main
 * thread before the page answered a tap, and it prefetched each page linked from the screen over their
 * phone data (README, "Speed"). A full page load also closes the phone menu (<details>) after a choice.
 */
export function Link({ href, ...attributes }: Props) {
  return <a href={href} {...attributes} />
}
