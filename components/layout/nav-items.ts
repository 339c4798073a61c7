import type { MessageKey } from '@/lib/i18n/messages'

export const NAV_ITEMS: readonly { href: string; label: MessageKey }[] = [
  { href: '/locaties', label: 'nav.locations' },
  { href: '/cursussen', label: 'nav.courses' },
  { href: '/agenda', label: 'nav.agenda' },
  { href: '/nieuws', label: 'nav.news' },
  { href: '/verhaal', label: 'nav.story' },
  { href: '/team', label: 'nav.team' },
  { href: '/partners', label: 'nav.partners' },
  { href: '/contact', label: 'nav.contact' },
]
