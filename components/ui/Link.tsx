import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The site's links: Next.js client-side navigation, without prefetching every link that scrolls into
 * view. That fetched each page linked from the screen (seven on /locaties) over the visitor's phone
 * data and on their main thread, right after the page loaded, for pages most visitors never open
 * (README, "Speed"). A page is fetched when it is clicked.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
