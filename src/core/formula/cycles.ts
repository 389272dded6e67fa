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
import { lowerBound, SheetGrid } from "../detect/grid";
import type { Cell } from "../workbook";
import { FormulaBook, FormulaInfo } from "./book";

export interface CycleCell {
  grid: SheetGrid;
  cell: Cell;
}

/**
 * Every formula cell that lies on a cycle of references, one list per cycle (strongly connected
 * set). `stats` gets the size of the graph (for the tests that it stays linear).
 */
export function findCycles(book: FormulaBook, stats?: { nodes: number; edges: number }): CycleCell[][] {
  // the formula cells by id, and the sheet of each (two lists, not an object per cell)
  const cellOf: Cell[] = [];
  const gridOf: SheetGrid[] = [];
  const infoOf: FormulaInfo[] = [];
  const bySheetCol = new Map<SheetGrid, Map<number, { rows: number[]; ids: number[] }>>();
  for (const grid of book.grids) {
    const columns = new Map<number, { rows: number[]; ids: number[] }>();
    for (const row of grid.rowNumbers) {
      for (const cell of grid.rows.get(row) ?? []) {
        if (cell.formula === undefined) continue;
        let column = columns.get(cell.col);
        if (!column) columns.set(cell.col, (column = { rows: [], ids: [] }));
        column.rows.push(row);
        column.ids.push(cellOf.length);
        cellOf.push(cell);
        gridOf.push(grid);
        infoOf.push(book.info(cell)!);
      }
    }
    if (columns.size > 0) bySheetCol.set(grid, columns);
  }
  const cellCount = cellOf.length;
  if (cellCount === 0) return [];

  // Segment trees, bottom-up: leaves at m..2m-1 are the column's formula cells, node i (1 ≤ i < m)
  // stands for nodes 2i and 2i+1. A column's internal nodes get ids (one block) when a range first
  // refers to it; their two edges are implicit, never stored.
  interface Tree {
    rows: number[];
    ids: number[];
    /** Id of internal node i is base + i, once made. */
    base?: number;
  }
  const trees = new Map<SheetGrid, { cols: number[]; byCol: Map<number, Tree> }>();
  for (const [grid, columns] of bySheetCol) {
    const byCol = new Map<number, Tree>();
    for (const [col, column] of columns) byCol.set(col, column);
    trees.set(grid, { cols: [...columns.keys()].sort((a, b) => a - b), byCol });
  }
  let nextId = cellCount;
  /** The trees with internal nodes, in the order of their ids. */
  const made: Tree[] = [];
  /** The id of tree node i (1 ≤ i < 2m); a leaf is the cell's own node. */
  const nodeId = (tree: Tree, i: number): number => {
    const m = tree.ids.length;
    if (i >= m) return tree.ids[i - m];
    if (tree.base === undefined) {
      tree.base = nextId - 1;
      nextId += m - 1;
      made.push(tree);
    }
    return tree.base + i;
  };

  /** Calls `edge` for every node the formula cell `id` points to: cells, or tree nodes for ranges. */
  const selfLoop = new Uint8Array(cellCount);
  const eachEdge = (id: number, edge: (to: number) => void): void => {
    const grid = gridOf[id];
    const cell = cellOf[id];
    infoOf[id].eachArea(book, grid, (target, top, left, bottom, right) => {
      const sheetTrees = trees.get(target);
      if (!sheetTrees) return;
      if (target === grid && top <= cell.row && cell.row <= bottom && left <= cell.col && cell.col <= right)
        selfLoop[id] = 1;
      // the columns with formulas within the reference
      const cols = sheetTrees.cols;
      for (let c = lowerBound(cols, left); c < cols.length && cols[c] <= right; c++) {
        const tree = sheetTrees.byCol.get(cols[c])!;
        const lo = lowerBound(tree.rows, top);
        const hi = lowerBound(tree.rows, bottom + 1) - 1;
        if (lo > hi) continue;
        if (lo === hi) {
          edge(tree.ids[lo]);
          continue;
        }
        // the O(log m) nodes that hold exactly leaves lo..hi
        const m = tree.ids.length;
        let l = lo + m;
        let r = hi + m + 1;
        while (l < r) {
          if (l & 1) edge(nodeId(tree, l++));
          if (r & 1) edge(nodeId(tree, --r));
          l >>= 1;
          r >>= 1;
        }
      }
    });
  };
  // The stored edges (from formula cells only) in compressed rows: counted first, then filled, so
  // no list grows while the workbook's model is in memory.
  const start = new Int32Array(cellCount + 1);
  for (let id = 0; id < cellCount; id++) {
    let count = 0;
    eachEdge(id, () => count++);
    start[id + 1] = start[id] + count;
  }
  const adjacent = new Int32Array(start[cellCount]);
  for (let id = 0, at = 0; id < cellCount; id++) eachEdge(id, (to) => (adjacent[at++] = to));
  const nodes = nextId;
  if (stats) {
    stats.nodes = nodes;
    stats.edges = adjacent.length + 2 * (nodes - cellCount);
  }
  // For an internal node: its tree and its index in it.
  const treeOf: Tree[] = [];
  for (const tree of made) for (let i = 1; i < tree.ids.length; i++) treeOf.push(tree);
  /** The k-th (0, 1) child of internal node v. */
  const child = (v: number, k: number): number => {
    const tree = treeOf[v - cellCount];
    return nodeId(tree, 2 * (v - tree.base!) + k);
  };
  /** How many edges leave node v. */
  const degree = (v: number) => (v < cellCount ? start[v + 1] - start[v] : 2);
  const edgeAt = (v: number, k: number) => (v < cellCount ? adjacent[start[v] + k] : child(v, k));

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
    callEdge[0] = 0;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth];
      if (callEdge[depth] < degree(v)) {
        const w = edgeAt(v, callEdge[depth]++);
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = 0;
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
          if (w < cellCount) members.push({ grid: gridOf[w], cell: cellOf[w] });
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
