import { OFFICIALESE } from './officialese'
import { fleschDouma, sentences, syllables, words, type Readability } from './readability'

/** A sentence longer than this is hard to follow in one go (B1 guidance: 15 to 20 words at most). */
export const MAX_SENTENCE_WORDS = 20
/** A word of this many syllables or more is long for a B1 reader ("gezondheidszorgvoorzieningen"). */
export const LONG_WORD_SYLLABLES = 5

export type PlainLanguageHints = {
  readability: Readability | null
  longSentences: { sentence: string; words: number }[]
  longWords: string[]
  officialese: { word: string; plain: string }[]
}

/** What a writer could make plainer in a Dutch text. Hints only: nothing here blocks saving. */
export function plainLanguageHints(text: string): PlainLanguageHints {
  const lower = ` ${words(text).join(' ').toLowerCase()} `
  return {
    readability: fleschDouma(text),
    longSentences: sentences(text)
      .map((sentence) => ({ sentence, words: words(sentence).length }))
      .filter((entry) => entry.words > MAX_SENTENCE_WORDS),
    longWords: [...new Set(words(text).filter((word) => syllables(word) >= LONG_WORD_SYLLABLES))],
    officialese: Object.entries(OFFICIALESE)
      .filter(([word]) => lower.includes(` ${word} `))
      .map(([word, plain]) => ({ word, plain })),
  }
}

/** How a score reads to a writer, in Dutch (the admin panel's language). */
export function readabilityLabel(score: number): string {
  if (score >= 70) return 'makkelijk'
  if (score >= 60) return 'goed te lezen (B1)'
  if (score >= 50) return 'wat moeilijk'
  return 'moeilijk'
}
