'use client'
import { useField, useLocale } from '@payloadcms/ui'
import { useDeferredValue } from 'react'
import { plainLanguageHints, readabilityLabel, MAX_SENTENCE_WORDS } from '@/lib/plain-language/hints'
import { lexicalText } from '@/lib/plain-language/lexical-text'

/**
 * Beside a summary or rich-text field: how plain the Dutch text is while it is written (taalniveau B1).
 * Hints only, never a validation: saving is never blocked. Says nothing for another language, where
 * a Dutch formula and word list would be wrong.
 */
export function PlainLanguageHints({ path }: { path: string }) {
  const { value } = useField<unknown>({ potentiallyStalePath: path })
  const locale = useLocale()
  const text = useDeferredValue(typeof value === 'string' ? value : lexicalText(value))
  if ((locale?.code && locale.code !== 'nl') || !text.trim()) return null
  const { readability, longSentences, longWords, officialese } = plainLanguageHints(text)
  if (!readability) return null
  return (
    <div role="status" aria-live="polite" aria-label="Eenvoudige taal" style={{ marginTop: 8, fontSize: 13, lineHeight: 1.5 }}>
      <p style={{ margin: 0 }}>
        Leesbaarheid: <strong>{Math.round(readability.score)}</strong> ({readabilityLabel(readability.score)}; Flesch–Douma, 60 of
        hoger is goed)
      </p>
      {longSentences.map(({ sentence, words }) => (
        <p key={sentence} style={{ margin: '4px 0 0' }}>
          Lange zin ({words} woorden, liever niet meer dan {MAX_SENTENCE_WORDS}): “{sentence.slice(0, 80)}
          {sentence.length > 80 ? '…' : ''}”
        </p>
      ))}
      {longWords.length > 0 && <p style={{ margin: '4px 0 0' }}>Lange woorden: {longWords.join(', ')}. Kan het korter?</p>}
      {officialese.map(({ word, plain }) => (
        <p key={word} style={{ margin: '4px 0 0' }}>
          Schrijf liever “{plain}” dan “{word}”.
        </p>
      ))}
    </div>
  )
}
