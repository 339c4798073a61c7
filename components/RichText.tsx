import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Rich text from Payload with readable defaults for headings, lists and links. */
export function RichText({ data }: { data: SerializedEditorState | null | undefined }) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data}
      className="max-w-prose space-y-4 [&_h2]:mt-8 [&_h2]:text-2xl [&_h3]:text-xl [&_li]:ms-6 [&_ol]:list-decimal [&_ul]:list-disc"
    />
  )
}
