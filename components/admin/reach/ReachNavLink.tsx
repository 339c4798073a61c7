import type { ServerProps } from 'payload'
import { canSeeReach } from '@/lib/stats/access'

/** "Bereik" in the admin's side menu, for those who may open it. */
export function ReachNavLink({ user }: ServerProps) {
  if (!canSeeReach(user as { role?: 'admin' | 'coordinator' } | null)) return null
  return (
    <a href="/admin/bereik" className="nav__link" style={{ marginTop: 16 }}>
      <span className="nav__link-label">Bereik</span>
    </a>
  )
}
