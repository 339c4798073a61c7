'use client'

/** Opens the browser's print dialog (where "Opslaan als PDF" makes the PDF for the annual report). */
export function PrintButton() {
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => window.print()}>
      Afdrukken of opslaan als PDF
    </button>
  )
}
