import type { ReachReport } from '@/lib/stats/reads'
import type { ReachTable as Table } from '@/lib/stats/tables'

/** One dashboard table as a real <table> (the screen reader's view of a chart), with its CSV download. */
export function ReachTable({ table, report, csvQuery, open, action }: { table: Table; report: ReachReport; csvQuery: string; open?: boolean; action?: (row: Record<string, string | number>) => React.ReactNode }) {
  const rows = table.rows(report)
  return (
    <details open={open} style={{ marginTop: 8 }}>
      <summary>Tabel: {table.title.toLowerCase()} ({rows.length} {rows.length === 1 ? 'rij' : 'rijen'})</summary>
      <p style={{ margin: '8px 0' }}>
        <a href={`/api/bereik/csv?tabel=${table.slug}&${csvQuery}`} download>
          Download als CSV
        </a>
      </p>
      {rows.length === 0 ? (
        <p>Nog niets geteld in deze periode.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="reach-table">
            <caption>{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" style={{ textAlign: 'numeric' in column && column.numeric ? 'right' : 'left' }}>
                    {column.label}
                  </th>
                ))}
                {action && <th scope="col">Actie</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {table.columns.map((column) => (
                    <td key={column.key} style={{ textAlign: 'numeric' in column && column.numeric ? 'right' : 'left' }}>
                      {row[column.key]}
                    </td>
                  ))}
                  {action && <td>{action(row)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  )
}
