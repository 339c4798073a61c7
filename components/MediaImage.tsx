import Image from 'next/image'
import type { Media } from '@/payload-types'

/** An uploaded photo at its wide size (Payload's 'wide' image size when there is one), full width. */
export function MediaImage({ media, className }: { media: Media; className: string }) {
  if (!media.url) return null
  return (
    <Image
      src={media.sizes?.wide?.url ?? media.url}
      alt={media.alt}
      width={media.sizes?.wide?.width ?? media.width ?? 1200}
      height={media.sizes?.wide?.height ?? media.height ?? 800}
      sizes="(min-width: 68rem) 68rem, 100vw"
      className={className}
    />
  )
}
