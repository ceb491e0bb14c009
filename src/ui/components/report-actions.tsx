// The bar above a printable report: back to where it came from, print (→ PDF), CSV, XLSX when the
// report has a workbook. Not printed.
export interface ReportActionsProps {
  backHref: string;
  backLabel: string;
  onCsv: () => void;
  onXlsx?: () => void;
  /** The page's own class that hides an element from print. */
  noPrintClass: string;
}

export function ReportActions({ backHref, backLabel, onCsv, onXlsx, noPrintClass }: ReportActionsProps) {
  return (
    <div class={`actions ${noPrintClass}`}>
      <a class="back" href={backHref}>
        ← {backLabel}
      </a>
      <button type="button" class="btn btn-primary" onClick={() => window.print()}>
        Imprimer / PDF
      </button>
      <button type="button" class="btn" onClick={onCsv}>
        Exporter en CSV
      </button>
      {onXlsx && (
        <button type="button" class="btn" onClick={onXlsx}>
          Exporter en XLSX
        </button>
      )}
    </div>
  );
}
