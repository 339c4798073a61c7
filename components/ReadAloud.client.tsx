'use client'
import { useEffect, useRef, useState } from 'react'
import { sentenceSpans } from '@/lib/read-aloud'

/** The buttons' words in the page's language (messages: readAloud). */
export type ReadAloudWords = { group: string; start: string; pause: string; resume: string; stop: string }

/** Elements whose text starts a new sentence block when read aloud. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, blockquote, figcaption, div, section, article, header'
const SKIP = 'script, style, noscript, [aria-hidden="true"], [hidden], [data-read-aloud-skip]'
const HIGHLIGHT = 'read-aloud'

type State = 'idle' | 'playing' | 'paused'

/**
 * "Lees voor": the page's main text read aloud by the browser's own speech synthesis, in the page's
 * language, sentence by sentence, with the sentence being read highlighted. Nothing leaves the browser,
 * no cookie, no other host. Shown only when the browser has a voice for the page's language; without
 * JavaScript there is nothing to show, so nothing is rendered on the server.
 */
export function ReadAloud({ words }: { words: ReadAloudWords }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null)
  const [state, setState] = useState<State>('idle')
  const run = useRef(0)

  useEffect(() => {
    if (!('speechSynthesis' in window)) return
    const lang = document.documentElement.lang || 'nl'
    const pick = () => setVoice(speechSynthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(lang.toLowerCase())) ?? null)
    pick()
    speechSynthesis.addEventListener('voiceschanged', pick)
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', pick)
      stop()
    }
  }, [])

  if (!voice) return null

  function stop() {
    run.current++
    speechSynthesis.cancel()
    CSS.highlights?.delete(HIGHLIGHT)
    setState('idle')
  }

  function play() {
    const main = document.querySelector('main')
    if (!main || !voice) return
    const nodes = textNodes(main)
    let previousBlock: Element | null = null
    const chunks = nodes.map((node) => {
      const block = node.parentElement?.closest(BLOCKS) ?? null
      const startsBlock = block !== previousBlock
      previousBlock = block
      return { text: node.data, startsBlock }
    })
    const spans = sentenceSpans(chunks, voice.lang)
    const current = ++run.current
    speechSynthesis.cancel()
    setState('playing')
    const speak = (index: number) => {
      if (current !== run.current) return
      if (index >= spans.length) return stop()
      const span = spans[index]
      const utterance = new SpeechSynthesisUtterance(span.text)
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.onstart = () => {
        const range = document.createRange()
        range.setStart(nodes[span.start.chunk], span.start.offset)
        range.setEnd(nodes[span.end.chunk], span.end.offset)
        CSS.highlights?.set(HIGHLIGHT, new Highlight(range))
        range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
      }
      utterance.onend = () => speak(index + 1)
      speechSynthesis.speak(utterance)
    }
    speak(0)
  }

  function pause() {
    speechSynthesis.pause()
    setState('paused')
  }

  function resume() {
    speechSynthesis.resume()
    setState('playing')
  }

  const button = 'rounded-md border border-brand bg-surface px-3 py-1.5 font-semibold text-brand hover:bg-brand-soft'
  return (
    <div data-read-aloud-skip role="group" aria-label={words.group} className="no-print my-4 flex flex-wrap gap-2">
      {state === 'idle' && (
        <button type="button" className={button} onClick={play}>
          {words.start}
        </button>
      )}
      {state === 'playing' && (
        <button type="button" className={button} onClick={pause}>
          {words.pause}
        </button>
      )}
      {state === 'paused' && (
        <button type="button" className={button} onClick={resume}>
          {words.resume}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" className={button} onClick={stop}>
          {words.stop}
        </button>
      )}
    </div>
  )
}

/** The visible text of `root`, node by node, without what is not part of the page's text. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}
