/** The plain text of a Lexical rich-text value (Payload's richText field): paragraphs on their own lines. */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

export function lexicalText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return typeof value === 'string' ? value : ''
  const walk = (node: LexicalNode): string => (node.text ?? '') + (node.children ?? []).map(walk).join('')
  return (root.children ?? []).map(walk).join('\n')
}
