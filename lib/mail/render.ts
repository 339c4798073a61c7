import { render } from '@react-email/components'
import type { ReactElement } from 'react'

/** HTML and its plain-text part from one template, so the two never say different things. */
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { html, text }
}
