/**
 * Loading the Payload config graph has, rarely, never settled on this machine: under tsx about one run in
 * six, under vite-node seldom (a build that waited forever after "Preparing the database…", an e2e server
 * that exited 0 at once with no output: the same never-settling import, with and without an open
 * handle; a restore that exited 0 having restored nothing). The cause is not found yet. A process that
 * waits forever, or ends as if it had worked, is worse than one that stops: the
 * timer below also keeps the process alive. scripts/run.ts then starts the command once more; the e2e web
 * server exits with LOAD_TIMEOUT_EXIT, which its command retries (playwright.config.ts).
 */
export const LOAD_TIMEOUT_EXIT = 75
const LOAD_TIMEOUT_MS = 45_000

export class LoadTimeout extends Error {
  constructor() {
    super('Loading the database scripts took over 45 seconds and was stopped.')
  }
}

export function withinLoadTime<T>(loading: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout()), LOAD_TIMEOUT_MS)
  })
  return Promise.race([loading, timeout]).finally(() => clearTimeout(timer))
}
