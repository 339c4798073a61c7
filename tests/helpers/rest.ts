import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { TEST_ADMIN } from './testEnv'

/**
 * Payload's real REST route handlers (the ones app/(payload)/api mounts), called with real Requests.
 * No Next.js server needed, but the same routing, access control and validation.
 */
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
type Method = keyof typeof handlers

export type RestResponse = { status: number; body: any; headers?: Headers }

type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }

export async function rest(method: Method, path: string, options: RestOptions = {}): Promise<RestResponse> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  // Decoded by hand: Response.text() drops a byte-order mark, which a CSV export must keep.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  // Anything but JSON (a CSV export) comes back as its text.
  const json = (response.headers.get('content-type') ?? 'application/json').includes('json')
  return { status: response.status, body: text ? (json ? JSON.parse(text) : text) : null, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`Login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token
}

export const loginAsAdmin = () => login(TEST_ADMIN.email, TEST_ADMIN.password)
