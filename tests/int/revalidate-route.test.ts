import { describe, expect, it } from 'vitest'
import { POST } from '@/app/api/revalidate/route'

const post = (headers: Record<string, string>, body: unknown) =>
  POST(new Request('http://localhost:3000/api/revalidate', { method: 'POST', headers, body: JSON.stringify(body) }))

describe('the loopback revalidation route', () => {
  it('does not exist for anyone without the deployment token', async () => {
    expect((await post({}, { tags: ['collection:posts'] })).status).toBe(404)
    expect((await post({ 'x-revalidate-token': 'raden' }, { tags: ['collection:posts'] })).status).toBe(404)
  })
})
