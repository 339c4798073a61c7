import { describe, expect, it } from 'vitest'
import { slugify } from '@/lib/slugify'

describe('slugify', () => {
  it('makes readable URL parts from Dutch names', () => {
    expect(slugify("Burezina (Jeanne d'Arcdreef)")).toBe('burezina-jeanne-darcdreef')
    expect(slugify('Cliëntenraad Doen & Laten')).toBe('clientenraad-doen-en-laten')
    expect(slugify('  --Huiskamer  Ghanadreef-- ')).toBe('huiskamer-ghanadreef')
  })
})
