// Types for the one export TypeScript code uses; Next.js loads the handler class itself (next.config.ts).
export function lastRevalidated(tags: string[]): Promise<number>
declare const RedisCacheHandler: unknown
export default RedisCacheHandler
