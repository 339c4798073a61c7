import { notFound } from 'next/navigation'

/** Any unknown URL renders the site's own Dutch 404 page inside the site layout. */
export default function MissingPage(): never {
  notFound()
}
