import Link from 'next/link'
import { getRelatedPosts } from '@/lib/queries/posts'
import { PostCards } from './PostCard'

/** "Nieuws hierover" on a location or course page: nothing at all when there is none. */
export async function RelatedPosts({ field, id }: { field: 'locations' | 'courses'; id: number }) {
  const posts = await getRelatedPosts(field, String(id))
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="nieuws-hierover" className="mt-10">
      <h2 id="nieuws-hierover" className="text-2xl">
        Nieuws hierover
      </h2>
      <PostCards posts={posts} />
      <p className="mt-4">
        <Link href="/nieuws">Alle nieuws en verhalen</Link>
      </p>
    </section>
  )
}
