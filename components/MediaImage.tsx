import { mediaSources, type MediaVariant } from '@/lib/media'
import type { Media } from '@/payload-types'

type Props = { media: Media; variant: MediaVariant; sizes: string; className: string; priority?: boolean }

/**
 * An uploaded picture from the sizes Payload stored for it (lib/media.ts): a plain <img>, as the files
 * are already resized. `sizes` says how wide it is shown, so a phone loads the small file; width and
 * height keep the page from jumping. `priority` for a picture at the top of a page (its largest paint).
 */
export function MediaImage({ media, variant, sizes, className, priority = false }: Props) {
  const sources = mediaSources(media, variant)
  if (!sources) return null
  return (
    <img
      {...sources}
      sizes={sizes}
      alt={media.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  )
}
