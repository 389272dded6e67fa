import { OfficeMockObject } from "office-addin-mock";

import { a1, parseA1 } from "../../src/core/workbook";

/**
 * A small Excel for the adapter tests, built from office-addin-mock objects: every object the
 * adapter gets is an OfficeMockObject, so a property read before load() + context.sync() gives
 * the mock's "not loaded"/"not synced" error text instead of the value, and the tests' results
 * show that the adapter loads and syncs correctly. context.sync() is counted.
 *
 * office-addin-mock only syncs the objects of its tree; the objects our functions hand out (ranges,
 * collections) are tracked here and synced by the counting context.sync().
 *
 * Documented behaviours of Excel it keeps, so that a test against it can fail:
 * - an empty cell reads as "" (never null), and a null in a written 2-D array leaves that cell
 *   unchanged ("Blank and null values in Excel add-ins", office-js-docs-pr
 *   docs/excel/excel-add-ins-blank-null-values.md);
 * - writes to a range's own format (`format.fill.color`, `format.font.bold`) land in the sheet's
 *   `formats`, so a test that says "formats unchanged" fails when they change;
 * - a sheet name is at most 31 characters without [ ] : * ? / \ and unique regardless of case
 *   (InvalidArgument / ItemAlreadyExists at sync);
 * - `getRanges` takes one list separator: "," (English Excel, Excel on the web) or ";" (Dutch or
 *   German Excel on Windows, office-js #1167, #1985) and refuses the other with InvalidArgument;
 * - Excel on the web refuses a response above 5 MB with ResponsePayloadSizeLimitExceeded
 *   (docs/excel/performance.md, "Payload size limit best practices");
 * - reading the rule of some user-made conditional formats throws (office-js #6827, #6835), and
 *   deleting a rule can fail with ItemNotFound (#5222): `unreadable` and `deleteFails`;
 * - a batch runs its operations in order; the first that fails stops it, what came before stays;
 * - worksheets.onChanged fires after a sync that changed cells, for the add-in's own writes too;
 *   `triggerSource` ("ThisLocalAddin") is there from ExcelApi 1.14 only (WorksheetChangedEventArgs);
 * - hidden rows and columns (`hiddenRows`, `hiddenCols` of a sheet): Range.rowHidden/columnHidden
 *   are true when every row (column) of the range is hidden, false when none is, null when some are
 *   (Excel.Range, ExcelApi 1.2); Range.getSpecialCellsOrNullObject("Visible") (ExcelApi 1.9) gives
 *   the visible cells as a RangeAreas whose `areas` are rectangles (how Excel cuts them into
 *   rectangles is not documented: here, runs of visible rows × runs of visible columns; the reader
 *   uses only their union), a null object when no cell is visible, and fails with ApiNotFound below
 *   ExcelApi 1.9 (a method the host does not have);
 * - defined names: workbook.names (ExcelApi 1.1) and worksheet.names (1.4), each NamedItem with
 *   name, formula ("=Blad1!$B$2", ExcelApi 1.7), type and visible.
 */

export type Raw = number | string | boolean | null;

export interface MockCell {
  value: Raw;
  formula?: string;
  numberFormat?: string;
  /** Override of the value type ("Error" for "#DIV/0!" and such is derived). */
  type?: string;
}

export interface MockConditionalFormat {
  id: string;
  type: string;
  ranges: string;
  formula?: string;
  fill?: string;
  font?: string;
  /** Reading its rule or format throws at sync (office-js #6827, #6835). */
  unreadable?: boolean;
  /** Deleting it fails at sync with ItemNotFound (office-js #5222). */
  deleteFails?: boolean;
}

export interface ExcelMockOptions {
  /** The ExcelApi version Office.context.requirements reports (default 1.17). */
  apiVersion?: string;
  /** The separator getRanges accepts: "," (default) or ";" (Dutch Excel on Windows). */
  listSeparator?: "," | ";";
  /** The workbook's defined names (workbook.names). */
  names?: MockName[];
  /** The largest response a sync may carry, in bytes of JSON (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
}

/** Excel on the web's limit for one response (docs/excel/performance.md). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** Excel's rules for a sheet name: 1 to 31 characters, none of []:*?/\, no ' at either end. */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

const officeError = (code: string) => Object.assign(new Error(`mock: ${code}`), { code });

/** A defined name as Excel's NamedItem shows it. */
export interface MockName {
  name: string;
  /** With its "=": "=Begroting!$B$5:$B$13". */
  formula: string;
  visible?: boolean;
}

export interface MockSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, MockCell>;
  /** Hidden rows and columns, 1-based. */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
  /** Names scoped to this sheet (worksheet.names). */
  names?: MockName[];
  /** The cells' own format (what marking must never change). */
  formats: Map<string, { fill: string; bold: boolean }>;
  conditionalFormats: MockConditionalFormat[];
}

const ERRORS = ["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"];
/** A format property the code did not set. */
const UNSET = "\u0000unset";

export function sheet(
  name: string,
  rows: Raw[][],
  origin = "A1",
  visibility: MockSheet["visibility"] = "Visible",
): MockSheet {
  const start = parseA1(origin);
  const cells = new Map<string, MockCell>();
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) cells.set(a1(start.row + r, start.col + c), { value });
    }),
  );
  return { id: `id-${name}`, name, visibility, cells, formats: new Map(), conditionalFormats: [] };
}

function typeOf(cell: MockCell | undefined): string {
  if (!cell || cell.value === null || cell.value === "") return "Empty";
  if (cell.type) return cell.type;
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  if (ERRORS.includes(cell.value)) return "Error";
  return "String";
}

export interface ExcelMock {
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  context: Excel.RequestContext;
  sheets: MockSheet[];
  /** context.sync() calls so far. */
  syncs(): number;
  /** Range objects handed out (getRangeByIndexes / getRange), with their size. */
  ranges: { sheet: string; address: string; rows: number; cols: number }[];
  /** Make the next sync fail with this Office error code. */
  failNextSync(code: string): void;
  workbookName: string;
  /** The Office global of this Excel: requirements.isSetSupported for ExcelApi up to apiVersion. */
  Office: { context: { requirements: { isSetSupported(set: string, version?: string): boolean } } };
  /** A co-author changes a cell: the sheet changes and onChanged fires with source "Remote". */
  remoteEdit(sheetName: string, cell: string, value: Raw): void;
}

/** "1.9" < "1.14": versions compared part by part. */
function atLeast(version: string, wanted: string): boolean {
  const a = version.split(".").map(Number);
  const b = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function createExcelMock(
  sheets: MockSheet[],
  workbookName = "Werkmap.xlsx",
  options: ExcelMockOptions = {},
): ExcelMock {
  const tracked: OfficeMockObject[] = [];
  const ranges: ExcelMock["ranges"] = [];
  const separator = options.listSeparator ?? ",";
  const responseLimit = options.responseLimitBytes ?? RESPONSE_LIMIT_BYTES;
  const apiVersion = options.apiVersion ?? "1.17";
  let syncCount = 0;
  let failCode: string | null = null;
  type ChangedHandler = (event: Partial<Excel.WorksheetChangedEventArgs>) => unknown;
  const changedHandlers: ChangedHandler[] = [];
  /** Cells the current batch changed, for the change events after the sync. */
  let changedCells: { sheet: MockSheet; address: string }[] = [];
  const fireChanged = (events: { sheet: MockSheet; address: string }[], source: "Local" | "Remote") => {
    if (events.length === 0) return;
    setTimeout(() => {
      for (const { sheet: s, address } of events)
        for (const handler of changedHandlers)
          void handler({
            worksheetId: s.id,
            address,
            source: source as Excel.EventSource,
            changeType: "RangeEdited" as Excel.DataChangeType,
            ...(atLeast(apiVersion, "1.14")
              ? { triggerSource: (source === "Local" ? "ThisLocalAddin" : "Unknown") as Excel.EventTriggerSource }
              : {}),
          });
    }, 20);
  };
  /** The operations of the current batch, run in order at sync. */
  const pendingWrites: (() => void)[] = [];
  /** The range data loaded in the current batch, for the response size. */
  let loadedBytes = 0;
  const track = (data: object): OfficeMockObject => {
    const mock = new OfficeMockObject(data);
    tracked.push(mock);
    return mock;
  };

  /** A collection whose load("items/a,items/b") loads a and b on every item. */
  const collection = (items: () => OfficeMockObject[], extra: object = {}): OfficeMockObject => {
    const mock: OfficeMockObject = track({ items: [], ...extra });
    const load = (props?: string) => {
      const list = items();
      const property = (mock as unknown as { _properties: Map<string, unknown> })._properties.get("items");
      (property as { resetValue(value: unknown): void }).resetValue(list);
      OfficeMockObject.prototype.load.call(mock, "items");
      const itemProps = (props ?? "")
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .filter(Boolean);
      for (const item of list) if (itemProps.length) item.load(itemProps.join(","));
      return mock;
    };
    (mock as unknown as { load: typeof load }).load = load;
    return mock;
  };

  const rangeData = (s: MockSheet, row0: number, col0: number, rows: number, cols: number) => {
    const values: Raw[][] = [];
    const formulas: Raw[][] = [];
    const numberFormat: string[][] = [];
    const valueTypes: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormat.push([]);
      valueTypes.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = s.cells.get(a1(row0 + r + 1, col0 + c + 1));
        const value = cell?.value ?? ""; // an empty cell is "", never null
        values[r].push(value);
        formulas[r].push(cell?.formula ?? value);
        numberFormat[r].push(cell?.numberFormat ?? "General");
        valueTypes[r].push(typeOf(cell));
      }
    }
    return { values, formulas, numberFormat, valueTypes };
  };

  const conditionalFormatMock = (s: MockSheet, cf: MockConditionalFormat): OfficeMockObject => {
    const mock = track({
      id: cf.id,
      type: cf.type,
      custom: {
        rule: { formula: cf.formula ?? "" },
        format: { fill: { color: cf.fill ?? "" }, font: { color: cf.font ?? "" } },
      },
      delete: () => {
        pendingWrites.push(() => {
          // a rule that is gone, or one Excel cannot delete (#5222): ItemNotFound
          if (cf.deleteFails || !s.conditionalFormats.includes(cf)) throw officeError("ItemNotFound");
          s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
        });
      },
    });
    // the rule and format of an unreadable user rule: loading them makes the batch fail
    const custom = (mock as unknown as { custom: { rule: OfficeMockObject; format: OfficeMockObject } }).custom;
    for (const part of [custom.rule, custom.format]) {
      const load = part.load.bind(part);
      (part as unknown as { load: (p?: string) => unknown }).load = (props?: string) => {
        if (cf.unreadable)
          pendingWrites.push(() => {
            throw officeError("GeneralException");
          });
        return load(props as string);
      };
    }
    return mock;
  };
  let nextCf = 1;
  /** The conditional formats of a sheet (whole sheet), and add() for ranges. */
  const conditionalFormats = (s: MockSheet, address: string): OfficeMockObject => {
    const added: { cf: MockConditionalFormat; mock: OfficeMockObject }[] = [];
    const mocks = new Map<MockConditionalFormat, OfficeMockObject>();
    const coll = collection(() =>
      s.conditionalFormats.map((cf) => {
        let m = mocks.get(cf);
        if (!m) {
          m = conditionalFormatMock(s, cf);
          mocks.set(cf, m);
        }
        return m;
      }),
    );
    (coll as unknown as { add: (type: string) => unknown }).add = (type: string) => {
      const cf: MockConditionalFormat = { id: `cf-${nextCf++}`, type, ranges: address };
      s.conditionalFormats.push(cf);
      const mock = conditionalFormatMock(s, cf);
      added.push({ cf, mock });
      pendingWrites.push(() => {
        // what the adapter set on the mock becomes the conditional format at sync
        const custom = (
          mock as unknown as {
            custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
          }
        ).custom;
        cf.formula = custom.rule.formula;
        cf.fill = custom.format.fill.color;
        cf.font = custom.format.font.color;
      });
      return mock;
    };
    return coll;
  };

  /** Runs [first, last] of the numbers first..first+count-1 that are not in `hidden`. */
  const shownRuns = (hidden: Set<number> | undefined, first: number, count: number): [number, number][] => {
    const runs: [number, number][] = [];
    for (let n = first; n < first + count; n++) {
      if (hidden?.has(n)) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] === n - 1) last[1] = n;
      else runs.push([n, n]);
    }
    return runs;
  };
  /** getSpecialCellsOrNullObject("Visible"): the visible cells as RangeAreas (ExcelApi 1.9). */
  const visibleCells = (s: MockSheet, type: string, row0: number, col0: number, rows: number, cols: number) => {
    if (!atLeast(apiVersion, "1.9"))
      pendingWrites.push(() => {
        throw officeError("ApiNotFound");
      });
    if (type !== "Visible") throw new Error(`mock: getSpecialCells(${type}) is not modelled`);
    const areas: OfficeMockObject[] = [];
    for (const [r1, r2] of shownRuns(s.hiddenRows, row0 + 1, rows))
      for (const [c1, c2] of shownRuns(s.hiddenCols, col0 + 1, cols))
        areas.push(track({ rowIndex: r1 - 1, rowCount: r2 - r1 + 1, columnIndex: c1 - 1, columnCount: c2 - c1 + 1 }));
    const result = track({ isNullObject: areas.length === 0 });
    (result as unknown as { areas: OfficeMockObject }).areas = collection(() => areas);
    return result;
  };

  const rangeMock = (s: MockSheet, row0: number, col0: number, rows: number, cols: number): OfficeMockObject => {
    const address =
      rows === 1 && cols === 1 ? a1(row0 + 1, col0 + 1) : `${a1(row0 + 1, col0 + 1)}:${a1(row0 + rows, col0 + cols)}`;
    ranges.push({ sheet: s.name, address, rows, cols });
    const data = rangeData(s, row0, col0, rows, cols);
    const hiddenIn = (set: Set<number> | undefined, first: number, count: number) =>
      [...(set ?? [])].filter((n) => n >= first && n < first + count).length;
    const hiddenRowCount = hiddenIn(s.hiddenRows, row0 + 1, rows);
    const hiddenColCount = hiddenIn(s.hiddenCols, col0 + 1, cols);
    const allSomeNone = (hidden: number, count: number) => (hidden === 0 ? false : hidden === count ? true : null);
    const mock = track({
      address: `'${s.name}'!${address}`,
      ...data,
      rowIndex: row0,
      columnIndex: col0,
      rowCount: rows,
      columnCount: cols,
      getSpecialCellsOrNullObject: (type: string) => visibleCells(s, type, row0, col0, rows, cols),
      format: { fill: { color: "" }, font: { bold: false } },
      conditionalFormats: {},
      select: () => undefined,
      clear: () => {
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s.cells.delete(a1(row0 + r + 1, col0 + c + 1));
      },
    });
    (mock as unknown as { conditionalFormats: OfficeMockObject }).conditionalFormats = conditionalFormats(s, address);
    // null (some hidden) cannot be given to OfficeMockObject's constructor, only set afterwards
    const settable = mock as unknown as { setValue(k: string, v: unknown): void };
    settable.setValue("rowHidden", allSomeNone(hiddenRowCount, rows));
    settable.setValue("columnHidden", allSomeNone(hiddenColCount, cols));
    // what a load asks for counts towards the response of the next sync
    const load = mock.load.bind(mock);
    (mock as unknown as { load: (p?: string | string[]) => unknown }).load = (props?: string | string[]) => {
      const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim());
      for (const name of names)
        if (name in data) loadedBytes += JSON.stringify((data as Record<string, unknown>)[name]).length;
      return load(props as string);
    };
    // Writes to values/formulas and to the range's own format land in the sheet at the next sync.
    const initial = { values: data.values, formulas: data.formulas };
    const ownFormat = (mock as unknown as { format: { fill: { color: unknown }; font: { bold: unknown } } }).format;
    const formatBefore = { fill: ownFormat.fill.color, bold: ownFormat.font.bold };
    pendingWrites.push(() => {
      const m = mock as unknown as {
        values: unknown;
        formulas: unknown;
        format: { fill: { color: unknown }; font: { bold: unknown } };
      };
      const fill = m.format.fill.color === formatBefore.fill ? UNSET : m.format.fill.color;
      const bold = m.format.font.bold === formatBefore.bold ? UNSET : m.format.font.bold;
      if (fill !== UNSET || bold !== UNSET) {
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const key = a1(row0 + r + 1, col0 + c + 1);
            const own = s.formats.get(key) ?? { fill: "", bold: false };
            s.formats.set(key, {
              fill: fill === UNSET ? own.fill : String(fill),
              bold: bold === UNSET ? own.bold : Boolean(bold),
            });
          }
      }
      const written =
        m.formulas !== initial.formulas && Array.isArray(m.formulas)
          ? m.formulas
          : m.values !== initial.values && Array.isArray(m.values)
            ? m.values
            : null;
      if (!written) return;
      changedCells.push({ sheet: s, address });
      (written as Raw[][]).forEach((row, r) =>
        row.forEach((v, c) => {
          const key = a1(row0 + r + 1, col0 + c + 1);
          if (v === null) return; // null leaves the cell as it is
          if (v === "")
            s.cells.delete(key); // "" empties it
          else if (typeof v === "string" && v.startsWith("=")) s.cells.set(key, { value: 0, formula: v });
          else s.cells.set(key, { value: v });
        }),
      );
    });
    return mock;
  };

  /** A RangeAreas: the addresses split by the one separator this Excel accepts. */
  const rangeAreasMock = (s: MockSheet, address: string): OfficeMockObject => {
    const other = separator === "," ? ";" : ",";
    const areas = address.split(separator).map((a) => a.trim());
    if (address.includes(other) || areas.some((a) => !/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(a))) {
      pendingWrites.push(() => {
        throw officeError("InvalidArgument");
      });
    }
    const mock = track({ address: areas.map((a) => `'${s.name}'!${a}`).join(","), areaCount: areas.length });
    (mock as unknown as { conditionalFormats: OfficeMockObject }).conditionalFormats = conditionalFormats(
      s,
      areas.join(","),
    );
    return mock;
  };

  const byAddress = (s: MockSheet, address?: string) => {
    if (!address) return rangeMock(s, 0, 0, 1, 1);
    const [from, to = from] = address.replace(/\$/g, "").split(":");
    if (/^[A-Z]+$/i.test(from)) {
      const c0 = parseA1(`${from}1`).col;
      const c1 = parseA1(`${to}1`).col;
      // whole columns: as many rows as the sheet uses (enough for clear())
      const rows = Math.max(1, ...[...s.cells.keys()].map((k) => parseA1(k).row));
      return rangeMock(s, 0, c0 - 1, rows, c1 - c0 + 1);
    }
    const a = parseA1(from);
    const b = parseA1(to);
    return rangeMock(s, a.row - 1, a.col - 1, b.row - a.row + 1, b.col - a.col + 1);
  };

  /** A NamedItemCollection of these names. */
  const namedItems = (names: MockName[]): OfficeMockObject => {
    const items = names.map((n) =>
      track({ name: n.name, formula: n.formula, visible: n.visible ?? true, type: "Range" }),
    );
    return collection(() => items);
  };

  const sheetMocks = new Map<MockSheet, OfficeMockObject>();
  const worksheetMock = (s: MockSheet): OfficeMockObject => {
    let mock = sheetMocks.get(s);
    if (mock) return mock;
    mock = track({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      isNullObject: false,
      getUsedRangeOrNullObject: () => {
        const keys = [...s.cells.keys()].map(parseA1);
        if (keys.length === 0)
          return track({
            isNullObject: true,
            rowIndex: 0,
            columnIndex: 0,
            rowCount: 0,
            columnCount: 0,
            rowHidden: false,
            columnHidden: false,
            values: [],
          });
        const top = Math.min(...keys.map((k) => k.row));
        const bottom = Math.max(...keys.map((k) => k.row));
        const left = Math.min(...keys.map((k) => k.col));
        const right = Math.max(...keys.map((k) => k.col));
        const range = rangeMock(s, top - 1, left - 1, bottom - top + 1, right - left + 1);
        const extra = {
          isNullObject: false,
          rowIndex: top - 1,
          columnIndex: left - 1,
          rowCount: bottom - top + 1,
          columnCount: right - left + 1,
        };
        for (const [k, v] of Object.entries(extra))
          (range as unknown as { setValue(k: string, v: unknown): void }).setValue(k, v);
        return range;
      },
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => rangeMock(s, r, c, rows, cols),
      getRange: (address?: string) => {
        if (!address) {
          // the whole sheet: only its conditional formats are used
          return { conditionalFormats: conditionalFormats(s, "A1:XFD1048576") };
        }
        return byAddress(s, address);
      },
      getRanges: (address: string) => rangeAreasMock(s, address),
      activate: () => undefined,
      delete: () => {
        sheets.splice(sheets.indexOf(s), 1);
      },
      freezePanes: { freezeRows: () => undefined },
      tables: { add: () => ({ style: "" }) },
    });
    (mock as unknown as { names: OfficeMockObject }).names = namedItems(s.names ?? []);
    sheetMocks.set(s, mock);
    return mock;
  };

  const nullSheet = () => track({ isNullObject: true, id: "", name: "" });

  const worksheets = collection(() => sheets.map(worksheetMock), {});
  Object.assign(worksheets, {
    onChanged: {
      add: (handler: ChangedHandler) => {
        changedHandlers.push(handler);
        return {
          context,
          remove: () => {
            changedHandlers.splice(changedHandlers.indexOf(handler), 1);
          },
        };
      },
    },
    // sheet names are unique regardless of case, and found regardless of case
    getItem: (name: string) => {
      const s = sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
      return worksheetMock(s);
    },
    getItemOrNullObject: (name: string) => {
      const s = sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      return s ? worksheetMock(s) : nullSheet();
    },
    add: (name: string) => {
      if (!validSheetName(name) || sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
        const code = validSheetName(name) ? "ItemAlreadyExists" : "InvalidArgument";
        pendingWrites.push(() => {
          throw officeError(code);
        });
        return track({ name, visibility: "Visible", isNullObject: false });
      }
      const s: MockSheet = {
        id: `id-${name}`,
        name,
        visibility: "Visible",
        cells: new Map(),
        formats: new Map(),
        conditionalFormats: [],
      };
      sheets.push(s);
      const mock = worksheetMock(s);
      pendingWrites.push(() => {
        s.visibility = (mock as unknown as { visibility: MockSheet["visibility"] }).visibility;
      });
      return mock;
    },
  });

  const workbook = new OfficeMockObject({ name: workbookName });
  tracked.push(workbook);
  (workbook as unknown as Record<string, unknown>).worksheets = worksheets;
  (workbook as unknown as Record<string, unknown>).names = namedItems(options.names ?? []);
  (workbook as unknown as Record<string, unknown>).getSelectedRange = () => byAddress(sheets[0], "B4:F14");

  const context = {
    workbook,
    sync: async () => {
      syncCount++;
      const response = loadedBytes;
      loadedBytes = 0;
      if (failCode) {
        const code = failCode;
        failCode = null;
        pendingWrites.length = 0;
        throw officeError(code);
      }
      if (response > responseLimit) {
        pendingWrites.length = 0;
        throw officeError("ResponsePayloadSizeLimitExceeded");
      }
      // in order; the first operation that fails stops the batch, the ones before it stay done
      changedCells = [];
      try {
        for (const write of pendingWrites.splice(0)) write();
      } catch (error) {
        pendingWrites.length = 0;
        throw error;
      } finally {
        fireChanged(changedCells, "Local");
      }
      for (const mock of [...tracked]) await mock.sync();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  } as unknown as Excel.RequestContext;

  return {
    // Excel.run(batch) or Excel.run(objectOrContext, batch), as Office.js has both
    Excel: {
      run: (<T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>) =>
        Promise.resolve().then(() =>
          (typeof first === "function" ? (first as (c: Excel.RequestContext) => Promise<T>) : second!)(context),
        )) as ExcelMock["Excel"]["run"],
    },
    context,
    sheets,
    syncs: () => syncCount,
    ranges,
    failNextSync: (code) => {
      failCode = code;
    },
    workbookName,
    Office: {
      context: {
        requirements: {
          isSetSupported: (set: string, version = "1.1") => set === "ExcelApi" && atLeast(apiVersion, version),
        },
      },
    },
    remoteEdit: (sheetName, cell, value) => {
      const s = sheets.find((x) => x.name === sheetName)!;
      s.cells.set(cell, { value });
      fireChanged([{ sheet: s, address: cell }], "Remote");
    },
  };
}
