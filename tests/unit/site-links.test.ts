import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every .ts/.tsx file of the public site (the admin panel's own components keep Next.js's default). */
function siteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}admin${path.sep}`) && !file.includes('(payload)'))
}

describe('site links', () => {
  it('go through components/ui/Link (a plain <a>: no client component per link, no prefetch), never next/link directly', () => {
    const direct = [...siteFiles('app'), ...siteFiles('components')].filter(
      (file) => file !== path.join('components', 'ui', 'Link.tsx') && /from ['"]next\/link['"]/.test(readFileSync(file, 'utf8')),
    )
    expect(direct).toEqual([])
  })
})
