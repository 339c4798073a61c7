import type { Post } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { postDateLabel, postDateTime } from '@/lib/posts'

export function PostDate({ post, locale }: { post: Pick<Post, 'publishedAt' | 'dateShownAs'>; locale: Locale }) {
  const label = postDateLabel(post, locale)
  return label ? <time dateTime={postDateTime(post)}>{label}</time> : null
}
