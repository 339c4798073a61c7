/**
 * Readability of Dutch text with the Flesch–Douma formula (W.H. Douma, 1960: Flesch's Reading Ease
 * adapted to Dutch): 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word). Higher is
 * easier; about 60 and up reads well for most adults (B1). Syllables are counted as groups of vowels,
 * with the Dutch diphthongs as one ("ui", "ij", "ou") and a diaeresis starting a new one ("ideeën").
 */
const VOWELS = 'aeiouyàáâäèéêëìíîïòóôöùúûü'
const DIAERESIS = 'äëïöü'

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
}

export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' })
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter((sentence) => words(sentence).length > 0)
}

export function syllables(word: string): number {
  let count = 0
  let inVowel = false
  for (const letter of word.toLowerCase()) {
    const vowel = VOWELS.includes(letter)
    if (vowel && (!inVowel || DIAERESIS.includes(letter))) count++
    inVowel = vowel
  }
  return Math.max(1, count)
}

export type Readability = { sentences: number; words: number; syllables: number; score: number }

export function fleschDouma(text: string): Readability | null {
  const list = words(text)
  const sentenceCount = sentences(text).length
  if (list.length === 0 || sentenceCount === 0) return null
  const syllableCount = list.reduce((sum, word) => sum + syllables(word), 0)
  const score = 206.835 - 0.93 * (list.length / sentenceCount) - 77 * (syllableCount / list.length)
  return { sentences: sentenceCount, words: list.length, syllables: syllableCount, score: Math.round(score * 10) / 10 }
}
