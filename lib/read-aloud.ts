/**
 * The sentences of a page's text for reading aloud, as positions in its text nodes, so the browser can
 * highlight the sentence being read (components/ReadAloud.client.tsx). Pure: the component passes the
 * text of each node, and whether it starts a new block (a heading, a paragraph, a list item).
 */
export type TextChunk = { text: string; startsBlock: boolean }
export type Position = { chunk: number; offset: number }
export type SentenceSpan = { text: string; start: Position; end: Position }

export function sentenceSpans(chunks: TextChunk[], locale: string): SentenceSpan[] {
  // One string for the segmenter; a line break between blocks, which belongs to no node.
  let joined = ''
  const starts: number[] = []
  chunks.forEach((chunk, index) => {
    if (index > 0 && chunk.startsBlock) joined += '\n'
    starts.push(joined.length)
    joined += chunk.text
  })
  const position = (at: number, edge: 'start' | 'end'): Position => {
    let chunk = 0
    while (chunk + 1 < chunks.length && (edge === 'start' ? starts[chunk + 1] <= at : starts[chunk + 1] < at)) chunk++
    return { chunk, offset: Math.min(Math.max(at - starts[chunk], 0), chunks[chunk].text.length) }
  }
  const spans: SentenceSpan[] = []
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(joined)) {
    const leading = segment.length - segment.trimStart().length
    const text = segment.trim()
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    const from = index + leading
    spans.push({ text: text.replace(/\s+/g, ' '), start: position(from, 'start'), end: position(from + text.length, 'end') })
  }
  return spans
}
