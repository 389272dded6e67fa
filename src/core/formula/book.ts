/**
 * The formulas of one check: each formula cell's tokens and tree made once (tokens shared by
 * shape, ./tokens), and references resolved to cells of the workbook: the formula's own sheet,
 * other sheets by name (as Excel, regardless of case), defined names of the workbook when they
 * name a plain range. References into other workbooks, structured references and names of
 * formulas or constants stay unresolved.
 */
import type { SheetGrid } from "../detect/grid";
import type { Cell, DefinedName } from "../workbook";
import { FormulaNode, parseTokens } from "./parse";
import { AreaRef, parseReference, Reference } from "./reference";
import { Shaped, Template, Token, TokenCache, tokensOf, tokenValue } from "./tokens";

/** A reference of a formula: what it points at, its text, and which token it is. */
export interface RefNode {
  ref: Reference;
  text: string;
  token: number;
  /** Where it points, once resolved (FormulaBook.target). */
  resolved?: Target | null;
}

/** The shared trees of templates whose formulas differ only in their references. */
const sharedTrees = new WeakMap<Template, FormulaNode | null>();

/**
 * A template's reference with what every formula of the shape shares: the sheet, the columns and
 * the $ signs; the rows come from each formula's own digits. Null for a reference whose other parts
 * vary too (a sheet named Blad1 in one formula and Blad2 in the next): that one is read per formula.
 */
interface Skeleton {
  /** The template's own reference (its rows are the first formula's). */
  ref: Reference;
  /** For an area: the index in the digits of each corner's row; -1 when it has no shape digits (5:5). */
  row1: number;
  row2: number;
  fixedRow1: number;
  fixedRow2: number;
  /** For a name: where it points from each sheet (the same for every formula of the shape). */
  names?: Map<SheetGrid, Target | null>;
}

const skeletons = new WeakMap<Template, (Skeleton | null)[]>();

function skeletonsOf(template: Template): (Skeleton | null)[] {
  let list = skeletons.get(template);
  if (list) return list;
  list = template.refTokens.map((i): Skeleton | null => {
    const ref = parseReference(template.tokens[i].value);
    const digits = template.pieces[i].length - 1;
    if (ref.kind !== "area") return digits === 0 ? { ref, row1: -1, row2: -1, fixedRow1: 0, fixedRow2: 0 } : null;
    const corners = ref.corners;
    const shaped = corners.map((c) => c.row !== undefined && (c.col !== undefined || c.rowAbs));
    if (shaped.filter(Boolean).length !== digits) return null; // digits in the sheet's name
    let next = template.firstDigit[i];
    const row1 = shaped[0] ? next++ : -1;
    const row2 = corners.length > 1 ? (shaped[1] ? next++ : -1) : row1;
    return {
      ref,
      row1,
      row2,
      fixedRow1: corners[0].row ?? 0,
      fixedRow2: (corners[1] ?? corners[0]).row ?? 0,
    };
  });
  skeletons.set(template, list);
  return list;
}

/** Called for each rectangle a formula refers to: its sheet, its bounds, and whether it is one cell. */
export type AreaVisitor = (
  grid: SheetGrid,
  top: number,
  left: number,
  bottom: number,
  right: number,
  cell: boolean,
) => void;

/**
 * One formula, read as far as a rule asks: its references (parsed once), its tokens and its
 * tree (shared with every formula of the same shape where only references differ).
 */
export class FormulaInfo implements Shaped {
  private tokenList?: Token[];
  private treeNode?: FormulaNode | null;
  private refList?: RefNode[];
  readonly template: Template;
  readonly digits: string[];

  constructor(shaped: Shaped) {
    this.template = shaped.template;
    this.digits = shaped.digits;
  }

  get tokens(): Token[] {
    this.tokenList ??= tokensOf(this);
    return this.tokenList;
  }

  /** How many references the formula has (without reading them). */
  get refCount(): number {
    return this.template.refTokens.length;
  }

  /** The tree; null when the tokens make no expression (the rules leave such a formula alone). */
  get tree(): FormulaNode | null {
    if (this.treeNode === undefined) {
      const template = this.template;
      if (template.sharedTree) {
        let tree = sharedTrees.get(template);
        if (tree === undefined) {
          tree = parseTokens(template.tokens);
          sharedTrees.set(template, tree);
        }
        this.treeNode = tree;
      } else this.treeNode = parseTokens(this.tokens);
    }
    return this.treeNode;
  }

  /** The reference operands in the order they are written. */
  get refs(): RefNode[] {
    if (!this.refList) {
      this.refList = this.template.refTokens.map((token) => {
        const text = tokenValue(this, token);
        return { ref: parseReference(text), text, token };
      });
    }
    return this.refList;
  }

  /**
   * Every rectangle the formula on `from` refers to that resolves to cells of the workbook, without
   * making an object per reference: for the checks that read every formula (the cycle graph).
   */
  eachArea(book: FormulaBook, from: SheetGrid, visit: AreaVisitor): void {
    const list = skeletonsOf(this.template);
    for (let k = 0; k < list.length; k++) {
      const skeleton = list[k];
      if (skeleton === null) {
        const target = book.target(this.refs[k], from);
        if (target) {
          const { area } = target;
          visit(target.grid, area.top, area.left, area.bottom, area.right, area.shape === "cell");
        }
        continue;
      }
      const ref = skeleton.ref;
      if (ref.kind !== "area") {
        skeleton.names ??= new Map();
        let target = skeleton.names.get(from);
        if (target === undefined) skeleton.names.set(from, (target = book.resolve(ref, from)));
        if (target) {
          const { area } = target;
          visit(target.grid, area.top, area.left, area.bottom, area.right, area.shape === "cell");
        }
        continue;
      }
      const grid = ref.sheet === undefined ? from : book.referredSheet(ref.sheet);
      if (!grid) continue;
      if (ref.shape === "cols") {
        visit(grid, ref.top, ref.left, ref.bottom, ref.right, false);
        continue;
      }
      const r1 = skeleton.row1 >= 0 ? Number(this.digits[skeleton.row1]) : skeleton.fixedRow1;
      const r2 = skeleton.row2 >= 0 ? Number(this.digits[skeleton.row2]) : skeleton.fixedRow2;
      visit(grid, Math.min(r1, r2), ref.left, Math.max(r1, r2), ref.right, ref.shape === "cell");
    }
  }

  /** The reference that is token `token` (a "ref" node of the tree names its token). */
  ref(token: number): RefNode {
    return this.refs.find((r) => r.token === token)!;
  }
}

/** Where a reference points: a rectangle of cells on a sheet of the workbook. */
export interface Target {
  grid: SheetGrid;
  area: AreaRef;
}

/** Per template: what each shape digit is: the row of a relative reference, or fixed text. */
interface DigitKinds {
  /** The template's tokens as text with their shape digits left out: what makes two templates the same formula. */
  structure: string;
  /** Per shape digit: true for the row of a relative reference (compared as an offset from the formula's row). */
  relative: boolean[];
}

const digitKinds = new WeakMap<Template, DigitKinds>();

function kindsOf(template: Template): DigitKinds {
  let kinds = digitKinds.get(template);
  if (kinds) return kinds;
  const relative: boolean[] = [];
  let structure = "";
  template.tokens.forEach((t, i) => {
    const pieces = template.pieces[i];
    structure += `${t.type}.${t.subtype}.${t.type === "function" ? pieces.join("#").toUpperCase() : pieces.join("#")}\u0001`;
    const digits = pieces.length - 1;
    if (digits === 0) return;
    const own: boolean[] = new Array<boolean>(digits).fill(false);
    if (t.type === "operand" && t.subtype === "range") {
      const ref = parseReference(t.value);
      if (ref.kind === "area") {
        // the shape digits of the address: each corner's row after a column letter or a $
        const rows = ref.corners.filter((c) => c.row !== undefined && (c.col !== undefined || c.rowAbs));
        const offset = digits - rows.length; // digits of the sheet's name come first
        if (offset >= 0) rows.forEach((c, k) => (own[offset + k] = !c.rowAbs));
      }
    }
    relative.push(...own);
  });
  kinds = { structure, relative };
  digitKinds.set(template, kinds);
  return kinds;
}

export class FormulaBook {
  private readonly tokens = new TokenCache();
  private readonly structures = new Map<string, number>();
  private readonly infos = new Map<Cell, FormulaInfo>();
  private readonly sheets = new Map<string, SheetGrid>();
  private readonly names = new Map<string, DefinedName[]>();

  private readonly linksLost: boolean;

  /**
   * `linksLost`: the workbook refers to other workbooks but the file no longer says which references
   * those are (WorkbookModel.externalLinksLost); a reference to a named sheet then resolves to nothing.
   */
  constructor(
    readonly grids: readonly SheetGrid[],
    names: readonly DefinedName[] = [],
    options: { linksLost?: boolean } = {},
  ) {
    this.linksLost = options.linksLost ?? false;
    for (const grid of grids) this.sheets.set(grid.name.toLowerCase(), grid);
    for (const name of names) {
      const key = name.name.toLowerCase();
      const list = this.names.get(key) ?? [];
      list.push(name);
      this.names.set(key, list);
    }
  }

  /** The sheet of this name (regardless of case), if the workbook has it. */
  sheet(name: string): SheetGrid | undefined {
    return this.sheets.get(name.toLowerCase());
  }

  /** The sheet a reference such as Begroting!B2 points at; none when it may be another workbook's. */
  referredSheet(name: string): SheetGrid | undefined {
    return this.linksLost ? undefined : this.sheet(name);
  }

  /** The formula of a cell read once; undefined for a cell without a formula. */
  info(cell: Cell): FormulaInfo | undefined {
    if (cell.formula === undefined) return undefined;
    let info = this.infos.get(cell);
    if (!info) {
      info = new FormulaInfo(this.tokens.shape(cell.formula));
      this.infos.set(cell, info);
    }
    return info;
  }

  /**
   * The formula as Excel compares formulas down a column (R1C1-style): =B5-C5 in row 5 and =B6-C6
   * in row 6 give the same key, =SUM($C$5:C5) on every line of a running total too, =B6-C5 in row
   * 6 another. Only for formulas of one column (relative columns are not in the key).
   */
  shapeKey(info: FormulaInfo, row: number): string {
    const kinds = kindsOf(info.template);
    let id = this.structures.get(kinds.structure);
    if (id === undefined) {
      id = this.structures.size;
      this.structures.set(kinds.structure, id);
    }
    let key = String(id);
    const { digits } = info;
    for (let k = 0; k < digits.length; k++) key += kinds.relative[k] ? `,${Number(digits[k]) - row}` : `,=${digits[k]}`;
    return key;
  }

  /** Where a reference of a formula on `from` points (resolved once); null when it cannot be resolved. */
  target(node: RefNode, from: SheetGrid): Target | null {
    if (node.resolved === undefined) node.resolved = this.resolve(node.ref, from);
    return node.resolved;
  }

  /** The cells a reference in a formula on `from` points at; null when it cannot be resolved. */
  resolve(ref: Reference, from: SheetGrid, depth = 0): Target | null {
    switch (ref.kind) {
      case "area": {
        const grid = ref.sheet === undefined ? from : this.referredSheet(ref.sheet);
        return grid ? { grid, area: ref } : null;
      }
      case "name": {
        if (depth > 2) return null;
        const owner = ref.sheet !== undefined ? this.sheet(ref.sheet) : from;
        const candidates = this.names.get(ref.name.toLowerCase());
        if (!candidates) return null;
        // a name local to the formula's sheet wins over the workbook's name
        const name =
          candidates.find(
            (n) => n.sheet !== undefined && owner && n.sheet.toLowerCase() === owner.name.toLowerCase(),
          ) ?? candidates.find((n) => n.sheet === undefined);
        if (!name) return null;
        const target = parseReference(name.ref.replace(/^=/, "").trim());
        if (target.kind === "area" && target.sheet === undefined) {
          // a name's range without a sheet is on the name's own sheet
          const grid = name.sheet !== undefined ? this.sheet(name.sheet) : undefined;
          return grid ? { grid, area: target } : null;
        }
        return this.resolve(target, owner ?? from, depth + 1);
      }
      default:
        return null;
    }
  }
}
