import type { Media } from '@/payload-types'

/**
 * Which of Payload's stored sizes (collections/Media.ts) a picture offers: each set shares one aspect
 * ratio, so the browser may pick any of them. `photo` keeps the photo's own shape, `card` is the 4:3 crop.
 */
const VARIANTS = { photo: ['wide', 'original'], card: ['thumbnail', 'card'], logo: ['original'] } as const
export type MediaVariant = keyof typeof VARIANTS

export type MediaSources = { src: string; srcSet: string; width: number; height: number }

/**
 * The stored files of an upload as an `<img>` wants them, smallest first, as paths on this site. The
 * photos are resized once, on upload, so pages serve them as they are: no image optimiser at request
 * time, nothing written at run time, and the same path whether the file is on disk or in S3 (Payload's
 * `/api/media/file/…` route serves both). Payload's URLs are absolute (`SITE_URL`); the page needs only the path.
 */
export function mediaSources(media: Media, variant: MediaVariant): MediaSources | null {
  const files = VARIANTS[variant]
    .map((name) => (name === 'original' ? media : media.sizes?.[name]))
    .filter((file): file is { url: string; width: number; height: number } => Boolean(file?.url && file.width && file.height))
    .sort((a, b) => a.width - b.width)
  if (files.length === 0) return null
  const largest = files[files.length - 1]
  return {
    src: sitePath(files[0].url),
    srcSet: files.map((file) => `${sitePath(file.url)} ${file.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
  }
}

function sitePath(url: string): string {
  const { pathname, search } = new URL(url, 'http://site.invalid')
  return pathname + search
}
