import { describe, expect, it } from 'vitest'
import { sentenceSpans } from '@/lib/read-aloud'

describe('sentences to read aloud', () => {
  const chunks = [
    { text: 'Huiskamer Ghanadreef', startsBlock: true },
    { text: 'Kom binnen voor ', startsBlock: true },
    { text: 'koffie', startsBlock: false },
    { text: '. Er is altijd een coach. Welkom!', startsBlock: false },
  ]

  it('finds each sentence, also across inline elements and where a heading has no full stop', () => {
    expect(sentenceSpans(chunks, 'nl').map((span) => span.text)).toEqual(['Huiskamer Ghanadreef', 'Kom binnen voor koffie.', 'Er is altijd een coach.', 'Welkom!'])
  })

  it('gives positions in the text nodes, so the sentence being read can be highlighted', () => {
    const [heading, first, second] = sentenceSpans(chunks, 'nl')
    expect(heading).toMatchObject({ start: { chunk: 0, offset: 0 }, end: { chunk: 0, offset: 20 } })
    // "Kom binnen voor " + "koffie" + "." — ends one character into the last node.
    expect(first).toMatchObject({ start: { chunk: 1, offset: 0 }, end: { chunk: 3, offset: 1 } })
    expect(second).toMatchObject({ start: { chunk: 3, offset: 2 }, end: { chunk: 3, offset: 25 } })
    expect(chunks[3].text.slice(second.start.offset, second.end.offset)).toBe('Er is altijd een coach.')
  })

  it('skips what has no words, and works for right-to-left text', () => {
    expect(sentenceSpans([{ text: ' – ', startsBlock: true }], 'nl')).toEqual([])
    expect(sentenceSpans([{ text: 'مرحبا بكم. تفضلوا بالدخول.', startsBlock: true }], 'ar').map((span) => span.text)).toEqual(['مرحبا بكم.', 'تفضلوا بالدخول.'])
  })
})
