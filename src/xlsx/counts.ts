/**
 * What the look inside a file counts before SheetJS builds anything, summed over all its parts:
 * each figure is something SheetJS's work or memory grows with (read from its parsers: see
 * README "Bestanden die zich verzetten"), so each has a limit in read-xlsx.ts.
 */
export interface ScanCounts {
  /** Worksheets, chartsheets, dialog and macro sheets (parts or BIFF substreams), ODS tables. */
  sheets: number;
  /**
   * Cells SheetJS makes an object for: filled and formatted cells (<c>, BIFF cell records, ODS
   * cells times their repeats), comment anchors and chart points of chartsheets.
   */
  cells: number;
  /** Cells under hyperlinks: SheetJS visits every cell of a hyperlink's range. */
  linkedCells: number;
  /** Row records (<row>, ROW, BrtRowHdr). */
  rows: number;
  /** Columns described by column records (<col min max>, COLINFO, BrtColInfo): SheetJS copies the record per column. */
  columns: number;
  /** Merged ranges. */
  merges: number;
  /** Array formulas over more than one cell: SheetJS compares every later cell of the sheet with each. */
  arrayFormulas: number;
  /** Comments (notes, threaded comments) and the people of threaded comments. */
  comments: number;
  /** Points of chart caches, by their index (SheetJS walks a chartsheet's cache up to its highest index). */
  chartPoints: number;
}

export function emptyCounts(): ScanCounts {
  return {
    sheets: 0,
    cells: 0,
    linkedCells: 0,
    rows: 0,
    columns: 0,
    merges: 0,
    arrayFormulas: 0,
    comments: 0,
    chartPoints: 0,
  };
}
