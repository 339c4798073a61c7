import Link from 'next/link'
import type { Post } from '@/payload-types'
import { POST_KIND_LABELS, postPath } from '@/lib/posts'
import { PostDate } from './PostDate'

/** One story in a list: kind and date, title as the link, and the short summary. */
export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <p className="text-sm font-semibold text-muted">
        {POST_KIND_LABELS[post.kind]} · <PostDate post={post} />
      </p>
      <Heading className="text-xl">
        <Link href={postPath(post)}>{post.title}</Link>
      </Heading>
      <p>{post.summary}</p>
      {post.kind === 'media' && post.source?.name && <p className="text-sm text-muted">Bron: {post.source.name}</p>}
    </article>
  )
}

/** A few stories as a list of cards (home page, location and course pages). */
export function PostCards({ posts, headingLevel = 3 }: { posts: Post[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="mt-4 grid gap-4 md:grid-cols-3">
      {posts.map((post) => (
        <li key={post.id}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
