import { createHash } from 'node:crypto'

/**
 * Six-word runs of a text, hashed: how the tests check that content/ tells the old site's facts in our
 * own words without keeping the old site's text in the repository (tests/fixtures/seed-word-runs.txt
 * holds only these hashes; scripts/seed-word-runs.ts makes it from the seed documents).
 */
export const RUN_LENGTH = 6

/** Lower case, one kind of quote, letters and digits only: "Doen & Laten," and "doen laten" compare equal. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/\[[^\]]*\]/g, ' ') // WordPress shortcodes in the seeds
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

export function hashedWordRuns(text: string): string[] {
  const list = words(text)
  const runs: string[] = []
  for (let start = 0; start + RUN_LENGTH <= list.length; start++) {
    runs.push(createHash('sha256').update(list.slice(start, start + RUN_LENGTH).join(' ')).digest('hex').slice(0, 12))
  }
  return runs
}
