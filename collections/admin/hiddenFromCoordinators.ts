/**
 * Keeps collections a coordinator can only read out of their menu and start page, so what they see is
 * what they can change. (Access rules still decide what they may read through the API.)
 */
export const hiddenFromCoordinators = ({ user }: { user: unknown }): boolean => (user as { role?: string } | null)?.role !== 'admin'
