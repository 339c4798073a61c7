import { describe, expect, it } from 'vitest'
import { latin1Html } from '@/lib/latin1-html'

describe('latin1Html', () => {
  it('writes characters beyond Latin-1 as character references and keeps Latin-1 as it is', () => {
    expect(latin1Html('العربية')).toBe('&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;')
    expect(latin1Html('Türkçe')).toBe('Türkçe')
    expect(latin1Html('10:00 – 15:00 😀')).toBe('10:00 &#8211; 15:00 &#128512;')
  })

  it('escapes markup, so text can never become HTML', () => {
    expect(latin1Html('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;')
  })

  it('gives a one-byte string for any text', () => {
    for (const text of ['العربية', 'Türkçe', 'Ελληνικά', '中文', 'emoji 😀']) expect(latin1Html(text)).toMatch(/^[\u0000-\u00ff]*$/)
  })
})
