import type { ReachReport } from './reads'

type Column = { key: string; label: string; numeric?: boolean }
export type ReachTable = { slug: string; title: string; columns: Column[]; rows: (report: ReachReport) => Record<string, string | number>[] }

/**
 * The dashboard's tables, by the slug their CSV export uses: one definition for the screen, the
 * screen reader's table view and the download, so they cannot disagree.
 */
export const REACH_TABLES = [
  {
    slug: 'per-dag',
    title: 'Per dag',
    columns: [
      { key: 'day', label: 'Dag' },
      { key: 'views', label: 'Paginaweergaven', numeric: true },
      { key: 'visitors', label: 'Bezoekers (geschat)', numeric: true },
      { key: 'subscriptions', label: 'Agenda en nieuwsfeed opgehaald', numeric: true },
    ],
    rows: (report) => report.perDay,
  },
  {
    slug: 'paginas',
    title: "Meest bekeken pagina's",
    columns: [
      { key: 'path', label: 'Pagina' },
      { key: 'views', label: 'Weergaven', numeric: true },
    ],
    rows: (report) => report.topPages,
  },
  {
    slug: 'aanmeldingen',
    title: 'Aanmeldingen per week en editie',
    columns: [
      { key: 'week', label: 'Week van' },
      { key: 'course', label: 'Cursus' },
      { key: 'edition', label: 'Editie' },
      { key: 'heardFrom', label: 'Hoe gehoord' },
      { key: 'signUps', label: 'Aanmeldingen', numeric: true },
    ],
    rows: (report) => report.signUps,
  },
  {
    slug: 'gehoord',
    title: 'Hoe mensen van de cursus hoorden',
    columns: [
      { key: 'heardFrom', label: 'Hoe gehoord' },
      { key: 'signUps', label: 'Aanmeldingen', numeric: true },
    ],
    rows: (report) => report.heardFrom,
  },
  {
    slug: 'abonnementen',
    title: 'Agenda- en nieuwsabonnementen',
    columns: [
      { key: 'file', label: 'Bestand' },
      { key: 'requests', label: 'Keer opgehaald', numeric: true },
    ],
    rows: (report) => report.subscriptions,
  },
  {
    slug: 'zoekwoorden',
    title: 'Zoekopdrachten zonder resultaat',
    columns: [
      { key: 'words', label: 'Zoekwoorden' },
      { key: 'searches', label: 'Keer gezocht', numeric: true },
    ],
    rows: (report) => report.emptySearches,
  },
  {
    slug: 'onbekende-adressen',
    title: 'Onbekende adressen',
    columns: [
      { key: 'path', label: 'Adres' },
      { key: 'hits', label: 'Keer bezocht', numeric: true },
    ],
    rows: (report) => report.unknownAddresses,
  },
] as const satisfies readonly ReachTable[]

export type ReachTableSlug = (typeof REACH_TABLES)[number]['slug']

/** RFC 4180 CSV; a cell that starts like a formula is quoted with a leading ' so a spreadsheet shows it as text. */
export function toCsv(table: ReachTable, report: ReachReport): string {
  const cell = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
    return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const lines = [table.columns.map((column) => cell(column.label)), ...table.rows(report).map((row) => table.columns.map((column) => cell(row[column.key] ?? '')))]
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n'
}
