import { NotFoundMessage } from '@/components/NotFoundMessage'

/** notFound() inside the site (an unknown huiskamer or course) renders within the site layout. */
export default function NotFound() {
  return <NotFoundMessage />
}
