import type { Access } from 'payload'

/** Anyone, logged in or not. Only for content that is public by nature. */
export const anyone: Access = () => true
