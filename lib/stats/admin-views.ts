import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** The "Bereik" dashboard and its yearly summary in the admin, with a link in the side menu. */
export const reachViews: Pick<AdminComponents, 'afterNavLinks' | 'views'> = {
  afterNavLinks: ['@/components/admin/reach/ReachNavLink#ReachNavLink'],
  views: {
    reach: { Component: '@/components/admin/reach/ReachView#ReachView', path: '/bereik', exact: true },
    reachYear: { Component: '@/components/admin/reach/ReachYear#ReachYear', path: '/bereik/jaar', exact: true },
  },
}
