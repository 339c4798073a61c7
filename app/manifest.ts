import type { MetadataRoute } from 'next'
import { SITE_NAME } from '@/lib/seo'

/** So the site can be put on a phone's home screen, in the site's colours (globals.css). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: 'Doen & Laten',
    description: 'Huiskamers en ervaringscoaches in Utrecht: kom langs, iedereen is welkom.',
    lang: 'nl',
    start_url: '/',
    display: 'standalone',
    background_color: '#faf7f2',
    theme_color: '#0e5a55',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  }
}
