import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** How vite-node resolves the project's two import aliases when it runs the scripts. */
export default {
  root,
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': root,
    },
  },
}
