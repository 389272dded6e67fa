/**
 * Circular references, in time linear in the formulas (times a logarithm for ranges).
 *
 * The graph has one node per formula cell of the workbook and an edge from a formula to every
 * formula cell it refers to. A range reference would add one edge per cell (a running total
 * =SUM($C$5:C5) on 100.000 rows: 5·10⁹ edges), so the formula cells of each column of a sheet
 * are the leaves of a segment tree over their rows, and a range adds an edge to each of the
 * O(log n) tree nodes that together hold exactly its formula cells. Tree nodes only point down
 * to their children, so every cycle in this graph passes through formula cells and is a cycle of
 * references; its cells are found by Tarjan's strongly connected components, iteratively (a chain
 * of 100.000 formulas needs no recursion 100.000 deep).
 */
import type { SheetGrid } from "../detect/grid";
import type { Cell } from "../workbook";
import { FormulaBook } from "./book";

export interface CycleCell {
  grid: SheetGrid;
  cell: Cell;
}

/** A growable list of int32s. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Every formula cell that lies on a cycle of references, one list per cycle (strongly connected
 * set). `stats` gets the size of the graph (for the tests that it stays linear).
 */
export function findCycles(book: FormulaBook, stats?: { nodes: number; edges: number }): CycleCell[][] {
  const cells: CycleCell[] = [];
  const bySheetCol = new Map<SheetGrid, Map<number, { rows: number[]; ids: number[] }>>();
  for (const grid of book.grids) {
    const columns = new Map<number, { rows: number[]; ids: number[] }>();
    for (const row of grid.rowNumbers) {
      for (const cell of grid.rows.get(row) ?? []) {
        if (cell.formula === undefined) continue;
        let column = columns.get(cell.col);
        if (!column) columns.set(cell.col, (column = { rows: [], ids: [] }));
        column.rows.push(row);
        column.ids.push(cells.length);
        cells.push({ grid, cell });
      }
    }
    if (columns.size > 0) bySheetCol.set(grid, columns);
  }
  const cellCount = cells.length;
  if (cellCount === 0) return [];

  // Segment trees: internal nodes get ids from cellCount on; their children are recorded as edges.
  const from = new Ints();
  const to = new Ints();
  let nextId = cellCount;
  const edge = (a: number, b: number) => {
    from.push(a);
    to.push(b);
  };
  interface Tree {
    rows: number[];
    /** Node of [lo, hi]: leaves are cell ids, internal nodes made on demand and kept. */
    node: Map<number, number>;
    ids: number[];
  }
  const trees = new Map<SheetGrid, { cols: number[]; byCol: Map<number, Tree> }>();
  for (const [grid, columns] of bySheetCol) {
    const byCol = new Map<number, Tree>();
    for (const [col, { rows, ids }] of columns) byCol.set(col, { rows, ids, node: new Map() });
    trees.set(grid, { cols: [...columns.keys()].sort((a, b) => a - b), byCol });
  }
  const span = 1 << 21; // more than the rows of a sheet
  /** The node over leaves lo..hi of a column's tree (a leaf is the cell's own node). */
  const nodeOf = (tree: Tree, lo: number, hi: number): number => {
    if (lo === hi) return tree.ids[lo];
    const key = lo * span + hi;
    let id = tree.node.get(key);
    if (id === undefined) {
      id = nextId++;
      tree.node.set(key, id);
      const mid = (lo + hi) >> 1;
      edge(id, nodeOf(tree, lo, mid));
      edge(id, nodeOf(tree, mid + 1, hi));
    }
    return id;
  };
  /** Edges from `source` to the tree nodes holding exactly the leaves lo..hi (canonical cover). */
  const cover = (source: number, tree: Tree, lo: number, hi: number, nodeLo: number, nodeHi: number) => {
    if (hi < nodeLo || nodeHi < lo) return;
    if (lo <= nodeLo && nodeHi <= hi) {
      edge(source, nodeOf(tree, nodeLo, nodeHi));
      return;
    }
    const mid = (nodeLo + nodeHi) >> 1;
    cover(source, tree, lo, hi, nodeLo, mid);
    cover(source, tree, lo, hi, mid + 1, nodeHi);
  };
  const lowerBound = (rows: number[], row: number) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const selfLoop = new Uint8Array(cellCount);
  for (let id = 0; id < cellCount; id++) {
    const { grid, cell } = cells[id];
    const info = book.info(cell)!;
    for (const ref of info.refs) {
      const target = book.resolve(ref.ref, grid);
      if (!target) continue;
      const sheetTrees = trees.get(target.grid);
      if (!sheetTrees) continue;
      const { area } = target;
      if (
        target.grid === grid &&
        area.top <= cell.row &&
        cell.row <= area.bottom &&
        area.left <= cell.col &&
        cell.col <= area.right
      )
        selfLoop[id] = 1;
      // the columns with formulas within the reference
      const cols = sheetTrees.cols;
      for (let c = lowerBound(cols, area.left); c < cols.length && cols[c] <= area.right; c++) {
        const tree = sheetTrees.byCol.get(cols[c])!;
        const lo = lowerBound(tree.rows, area.top);
        const hi = lowerBound(tree.rows, area.bottom + 1) - 1;
        if (lo > hi) continue;
        cover(id, tree, lo, hi, 0, tree.rows.length - 1);
      }
    }
  }

  // Adjacency in compressed rows.
  const nodes = nextId;
  if (stats) {
    stats.nodes = nodes;
    stats.edges = from.length;
  }
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < from.length; i++) start[from.data[i] + 1]++;
  for (let i = 0; i < nodes; i++) start[i + 1] += start[i];
  const adjacent = new Int32Array(from.length);
  const fill = start.slice(0, nodes);
  for (let i = 0; i < from.length; i++) adjacent[fill[from.data[i]]++] = to.data[i];

  // Tarjan, iteratively.
  const index = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  const onStack = new Uint8Array(nodes);
  const stack = new Int32Array(nodes);
  let stackTop = 0;
  const callNode = new Int32Array(nodes);
  const callEdge = new Int32Array(nodes);
  let counter = 0;
  const cycles: CycleCell[][] = [];
  for (let root = 0; root < cellCount; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root];
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth];
      if (callEdge[depth] < start[v + 1]) {
        const w = adjacent[callEdge[depth]++];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = start[w];
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      if (low[v] === index[v]) {
        const members: CycleCell[] = [];
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop];
          onStack[w] = 0;
          size++;
          if (w < cellCount) members.push(cells[w]);
        } while (w !== v);
        // one cell alone is a cycle only when it refers to itself (through a tree node or directly)
        if (members.length > 1 || (members.length === 1 && (size > 1 || selfLoop[v]))) cycles.push(members.reverse());
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return cycles;
}
