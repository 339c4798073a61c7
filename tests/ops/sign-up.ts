import { multipart, request, type Reply } from './http'

export type RenderedForm = { pathname: string; hidden: Record<string, string>; renderedAt: number }

/** The form must have been open this long (the sign-up refuses faster posts as bots). */
const MIN_FILL_MS = 3_100

const decode = (value: string) =>
  value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')

/** Load the first active course's sign-up page from one instance and keep its hidden fields. */
export async function signUpForm(instance: string): Promise<RenderedForm> {
  const courses = await request(`${instance}/api/courses?where[active][equals]=true&limit=1&depth=0`)
  const pathname = `/cursussen/${JSON.parse(courses.body).docs[0].slug}/aanmelden`
  const page = await request(`${instance}${pathname}`)
  if (page.status !== 200) throw new Error(`Sign-up page answered ${page.status}`)
  // The sign-up form, not the search form in the page header.
  const forms = page.body.split('<form').slice(1).map((part) => `<form${part.slice(0, part.indexOf('</form>'))}`)
  const form = forms.find((candidate) => !/^<form[^>]*role="search"/.test(candidate)) ?? ''
  const hidden: Record<string, string> = {}
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1]
    if (name) hidden[decode(name)] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')
  }
  if (!hidden.token) throw new Error('The sign-up page has no form token')
  return { pathname, hidden, renderedAt: Date.now() }
}

/**
 * Post the form the way a browser without JavaScript does (multipart to the page, the server action
 * named in its hidden fields), to `base`: an instance or the proxy.
 */
export async function submitSignUp(form: RenderedForm, base: string, values: { email: string; name?: string }, ca?: string): Promise<Reply> {
  const wait = form.renderedAt + MIN_FILL_MS - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  const { body, contentType } = await multipart({
    ...form.hidden,
    website: '',
    name: values.name ?? 'Ops Test',
    email: values.email,
    phone: '',
    motivation: '',
    heardFrom: '',
    consent: 'ja',
  })
  return request(`${base}${form.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Origin: base },
    body,
    ca,
  })
}
