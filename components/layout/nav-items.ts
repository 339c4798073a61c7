export const NAV_ITEMS = [
  { href: '/locaties', label: 'Huiskamers' },
  { href: '/cursussen', label: 'Cursus' },
  { href: '/agenda', label: 'Agenda' },
  { href: '/nieuws', label: 'Nieuws' },
  { href: '/verhaal', label: 'Ons verhaal' },
  { href: '/team', label: 'Team' },
  { href: '/partners', label: 'Partners' },
  { href: '/contact', label: 'Contact' },
] as const
