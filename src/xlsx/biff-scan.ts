import { ScanCounts } from "./counts";

/**
 * A look at the workbook stream of an .xls ([MS-XLS] 2.1.4: records of a 2-byte type and 2-byte
 * size) before SheetJS parses it: which BIFF version it is, whether it is encrypted (a FILEPASS
 * record), its code page, and the records SheetJS builds or walks something for.
 */

export interface BiffFacts {
  /** 8 for Excel 97-2003 (BIFF8), 5 for Excel 5.0/95 (BIFF5), 2-4 for older, null if no BOF record starts the stream. */
  version: number | null;
  encrypted: boolean;
  /** The CODEPAGE record's value (1200 is UTF-16, 1252 Western European), null when absent. */
  codepage: number | null;
  /** Whether every substream that begins (BOF) ends (EOF) before the stream does. */
  complete: boolean;
  /**
   * Whether the workbook refers to other workbooks (BIFF8: a SUPBOOK record that is neither the
   * workbook itself, cch 0x0401, nor add-in functions, 0x3A01; [MS-XLS] 2.4.271). SheetJS writes such
   * a reference without the other workbook ("Begroting!B2"), as if it were one of this workbook's sheets.
   */
  externalBooks: boolean;
}

const BOF_TYPES: Record<number, number> = { 0x0009: 2, 0x0209: 3, 0x0409: 4, 0x0809: 5 };

export function scanBiff(stream: Uint8Array, counts: ScanCounts): BiffFacts {
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const facts: BiffFacts = { version: null, encrypted: false, codepage: null, complete: true, externalBooks: false };
  if (stream.length < 4) return { ...facts, complete: false };
  const first = dv.getUint16(0, true);
  facts.version = BOF_TYPES[first] ?? null;
  if (facts.version === null) return facts;
  if (facts.version === 5 && stream.length >= 6) facts.version = dv.getUint16(4, true) >= 0x0600 ? 8 : 5;
  if (facts.version < 5) return facts;
  let p = 0;
  let open = 0; // substreams begun (BOF) and not yet ended (EOF)
  while (p + 4 <= stream.length) {
    const type = dv.getUint16(p, true);
    const size = dv.getUint16(p + 2, true);
    const body = p + 4;
    if (body + size > stream.length) {
      // cut off inside a substream; after the last EOF it is only padding
      facts.complete = open === 0;
      break;
    }
    if (type === 0x0809) open++;
    else if (type === 0x000a && open > 0) open--;
    const u16 = (at: number) => (at + 2 <= size ? dv.getUint16(body + at, true) : 0);
    switch (type) {
      case 0x0809: // BOF: a substream (dt 0x0010 worksheet, 0x0020 chart, 0x0040 macro sheet)
        if ([0x0010, 0x0020, 0x0040].includes(u16(2))) counts.sheets++;
        break;
      case 0x002f: // FILEPASS
        facts.encrypted = true;
        break;
      case 0x0042: // CODEPAGE
        facts.codepage = u16(0);
        break;
      case 0x01ae: // SUPBOOK: ctab, then cch (0x0401 this workbook, 0x3A01 add-in functions) or a path
        if (facts.version === 8 && size >= 4 && u16(2) !== 0x0401 && u16(2) !== 0x3a01) facts.externalBooks = true;
        break;
      case 0x0203: // NUMBER
      case 0x0204: // LABEL
      case 0x00fd: // LABELSST
      case 0x027e: // RK
      case 0x0205: // BOOLERR
      case 0x0006: // FORMULA
      case 0x0201: // BLANK
      case 0x00d6: // RSTRING
        counts.cells++;
        break;
      case 0x00bd: // MULRK: 6 bytes a cell after row and first column, last column at the end
        counts.cells += Math.max(0, Math.floor((size - 6) / 6));
        break;
      case 0x00be: // MULBLANK: 2 bytes a cell
        counts.cells += Math.max(0, Math.floor((size - 6) / 2));
        break;
      case 0x0208: // ROW
        counts.rows++;
        break;
      case 0x007d: // COLINFO: first and last column
        counts.columns += Math.max(1, Math.min(u16(2), 255) - u16(0) + 1);
        break;
      case 0x00e5: // MERGECELLS: a count, then 8 bytes a range
        counts.merges += u16(0);
        break;
      case 0x01b8: // HLINK: first and last row, first and last column
      case 0x0800: {
        // HLINKTOOLTIP: the same range after its own record type
        const at = type === 0x0800 ? 2 : 0;
        counts.linkedCells += Math.max(0, u16(at + 2) - u16(at) + 1) * Math.max(0, u16(at + 6) - u16(at + 4) + 1);
        break;
      }
      case 0x0221: {
        // ARRAY: first and last row (2 bytes each), first and last column (1 byte each)
        const cells = (u16(2) - u16(0) + 1) * (size >= 6 ? stream[body + 5] - stream[body + 4] + 1 : 1);
        if (cells > 1) counts.arrayFormulas++;
        break;
      }
      case 0x001c: // NOTE
        counts.comments++;
        break;
    }
    p = body + size;
  }
  if (open > 0) facts.complete = false;
  return facts;
}
