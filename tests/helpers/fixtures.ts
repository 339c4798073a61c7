import config from '@payload-config'
import { getPayload } from 'payload'
import { login } from './rest'

/** The seeded location a test coordinator looks after, and one they do not. */
export async function coordinatorFixture(email: string) {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'locations', where: { kind: { equals: 'huiskamer' } }, limit: 2, sort: 'name', depth: 0 })
  const [own, other] = docs
  const password = 'coordinator-password-1'
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  const user =
    existing.docs[0] ??
    (await payload.create({ collection: 'users', data: { email, password, role: 'coordinator', locations: [own.id] } }))
  return { payload, own, other, user, token: await login(email, password) }
}
