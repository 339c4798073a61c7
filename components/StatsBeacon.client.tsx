'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Tells the server a page was shown (lib/stats/beacon.mjs): after it is on screen, so link prefetches
 * and crawlers that run no script do not count. No cookie, no storage; nothing sent when the browser
 * asks not to be tracked. A page can add what it is (404, empty search) through a StatsMark.
 */
export function StatsBeacon() {
  const pathname = usePathname()
  useEffect(() => {
    const nav = navigator as Navigator & { globalPrivacyControl?: boolean }
    if (nav.doNotTrack === '1' || nav.globalPrivacyControl || !nav.sendBeacon) return
    const send = () => {
      const mark = document.querySelector<HTMLElement>('[data-stats]')?.dataset
      nav.sendBeacon('/api/stats', JSON.stringify({ path: location.pathname, kind: mark?.stats, words: mark?.words }))
    }
    // A page the browser renders ahead (speculation rules) counts only once somebody opens it.
    const doc = document as Document & { prerendering?: boolean }
    if (doc.prerendering) document.addEventListener('prerenderingchange', send, { once: true })
    else send()
  }, [pathname])
  return null
}
