/**
 * `node --import tsx scripts/make-icons.ts`: the favicon, touch
 * icon and app icons, drawn from public/icons/icon.svg. Run after changing the SVG; the results are
 * committed (they are static files, no build step needs sharp for them).
 */
import { writeFileSync } from 'node:fs'
import sharp from 'sharp'

const SOURCE = 'public/icons/icon.svg'

const png = (size: number, padding = 0) =>
  sharp(SOURCE, { density: 300 })
    .resize(size - 2 * padding, size - 2 * padding)
    .extend({ top: padding, bottom: padding, left: padding, right: padding, background: '#0e5a55' })
    .png()
    .toBuffer()

/** An .ico file is a small directory followed by PNG images (supported since Windows Vista). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size % 256, entry)
    header.writeUInt8(size % 256, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...images.map(({ data }) => data)])
}

writeFileSync('app/favicon.ico', ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }, { size: 48, data: await png(48) }]))
writeFileSync('public/icons/apple-touch-icon.png', await png(180))
writeFileSync('public/icons/icon-192.png', await png(192))
writeFileSync('public/icons/icon-512.png', await png(512))
// Maskable: the launcher may crop to a circle, so the house keeps a safe margin.
writeFileSync('public/icons/icon-maskable-512.png', await png(512, 64))
console.log('Icons written.')
