import { describe, expect, it } from 'vitest'
import { plainLanguageHints, readabilityLabel } from '@/lib/plain-language/hints'
import { lexicalText } from '@/lib/plain-language/lexical-text'
import { fleschDouma, sentences, syllables } from '@/lib/plain-language/readability'

describe('Flesch–Douma readability', () => {
  it('counts Dutch syllables: diphthongs as one, a diaeresis as a new one', () => {
    expect(['kat', 'huis', 'bij', 'koffie', 'ideeën', 'ervaringscoach', 'gezondheidsvoorziening'].map(syllables)).toEqual([1, 1, 1, 2, 3, 4, 6])
  })

  it('scores a short plain sentence as easy and an officialese one as hard, by the formula', () => {
    // 206.835 − 0.93 × 6 words − 77 × (6 syllables / 6 words)
    expect(fleschDouma('De kat zit op de mat.')).toEqual({ sentences: 1, words: 6, syllables: 6, score: 124.3 })
    // 206.835 − 0.93 × 5 − 77 × (15 / 5)
    expect(fleschDouma('Wij participeren middels een gezondheidsvoorziening.')).toEqual({ sentences: 1, words: 5, syllables: 15, score: -28.8 })
    expect(fleschDouma('')).toBeNull()
    expect(readabilityLabel(124.3)).toBe('makkelijk')
    expect(readabilityLabel(-28.8)).toBe('moeilijk')
  })

  it('splits sentences, also where a heading has no full stop', () => {
    expect(sentences('Welkom in de huiskamer! Er is koffie. Kom binnen?\nWat je kunt doen\nPraten met een coach.')).toEqual([
      'Welkom in de huiskamer!',
      'Er is koffie.',
      'Kom binnen?',
      'Wat je kunt doen',
      'Praten met een coach.',
    ])
  })
})

describe('plain-language hints', () => {
  it('points out long sentences, long words and officialese with a plainer word', () => {
    const long = 'In het kader van de ondersteuning van bewoners die in de wijk woonachtig zijn, organiseren wij elke week een bijeenkomst waar iedereen welkom is.'
    const hints = plainLanguageHints(`${long} Wij participeren middels een gezondheidsvoorziening.`)
    expect(hints.longSentences).toEqual([{ sentence: long, words: 24 }])
    expect(hints.longWords).toEqual(['organiseren', 'participeren', 'gezondheidsvoorziening'])
    expect(hints.officialese).toEqual(
      expect.arrayContaining([
        { word: 'participeren', plain: 'meedoen' },
        { word: 'middels', plain: 'met' },
        { word: 'woonachtig', plain: 'wonen' },
        { word: 'in het kader van', plain: 'bij' },
      ]),
    )
  })

  it('has nothing to say about a plain text', () => {
    const hints = plainLanguageHints('Kom langs voor koffie. De deur staat open. Je hoeft niets te doen.')
    expect(hints).toMatchObject({ longSentences: [], longWords: [], officialese: [] })
    expect(hints.readability!.score).toBeGreaterThan(80)
  })

  it('reads the text of a rich-text value, a paragraph per line', () => {
    const value = { root: { children: [{ type: 'heading', children: [{ text: 'Welkom' }] }, { type: 'paragraph', children: [{ text: 'Er is ' }, { text: 'koffie.' }] }] } }
    expect(lexicalText(value)).toBe('Welkom\nEr is koffie.')
    expect(lexicalText(null)).toBe('')
  })
})
