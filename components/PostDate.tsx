import type { Post } from '@/payload-types'
import { postDateLabel, postDateTime } from '@/lib/posts'

export function PostDate({ post }: { post: Pick<Post, 'publishedAt' | 'dateShownAs'> }) {
  const label = postDateLabel(post)
  return label ? <time dateTime={postDateTime(post)}>{label}</time> : null
}
