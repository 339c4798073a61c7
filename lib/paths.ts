/** The public address of each collection that has its own pages. */
export const BASE_PATHS = { locations: '/locaties', courses: '/cursussen', posts: '/nieuws' } as const

export type PageCollection = keyof typeof BASE_PATHS

export const documentPath = (collection: PageCollection, slug: string) => `${BASE_PATHS[collection]}/${slug}`
