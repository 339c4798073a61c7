/** "Sint Ludgerusstraat (Zuilen)" -> "sint-ludgerusstraat-zuilen"; strips accents (Jeanne d'Arcdreef, Cliënt). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
