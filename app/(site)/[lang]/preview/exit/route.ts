import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leave draft mode and return to the published site. */
export async function GET(): Promise<Response> {
  ;(await draftMode()).disable()
  redirect('/')
}
