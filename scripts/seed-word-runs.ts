/**
 * `node --import tsx scripts/seed-word-runs.ts <folder with the seed documents>`: write the hashes of
 * every six-word run of the old site's texts to tests/fixtures/seed-word-runs.txt (content/word-runs.ts).
 * The seed documents live outside the repository; run this when they change, and commit the result.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { hashedWordRuns } from '@/content/word-runs'

const folder = process.argv[2]
if (!folder) {
  console.error('Usage: node --import tsx scripts/seed-word-runs.ts <folder with the seed documents>')
  process.exit(2)
}
const runs = new Set(readdirSync(folder).flatMap((file) => hashedWordRuns(readFileSync(path.join(folder, file), 'utf8'))))
writeFileSync('tests/fixtures/seed-word-runs.txt', [...runs].sort().join('\n') + '\n')
console.log(`${runs.size} six-word runs from ${folder}`)
