import { sheetRef } from "../a1";
import { compareDays, dateFromSerial, DayDate, formatDay, parseDateText } from "../dates";
import { Dec, sameAmount } from "../decimal";
import { isGemeenteTable, rowLabels } from "../detect/kind";
import { AMOUNT_ROLES, DetectedTable } from "../detect/types";
import { totalKind } from "../detect/vocabulary";
import { formatEuro, formatEuroChange } from "../format";
import { checkCumulatief, checkOnderdeel, OnderdeelStatus, statusDetail } from "../herverdeling";
import { matchOnderdelen, OnderdeelIndex } from "../onderdelen";
import { vastgesteldText, VastgesteldeBegroting } from "../vastgesteld";
import { dutchList, foldText } from "../text";
import { quote, quoteLabel, RawFinding, TableContext, tableContextOf, WorkbookContext, ZERO } from "./context";
import { stepsOf } from "./herverdeling";

/**
 * The register of herverdelingen (issue 16 §3): one line per decision, with its date, the onderdeel
 * the money comes from (Van) and goes to (Naar), the amount and the decision (Kerngroep or PhO).
 * Checked against the begroting it changes: a herverdeling table of the workbook (vastgesteld and
 * the current state), else a begroting table of the workbook (taken as the vastgestelde):
 *
 * - besluit-bevoegdheid: a line decided by the Kerngroep that takes the cumulative change of its Van
 *   or Naar onderdeel beyond the limit (IZA-DOMAIN.md rule 1). The change counts from 1 January in
 *   date order, each year of the register on its own, against the vastgestelde amount; a PhO
 *   decision adjusts the begroting, so from a PhO line on that onderdeel counts from the amount the
 *   PhO set. Lines without a readable date keep their place after the line above.
 * - register-wijkt-af: the register's net mutation of an onderdeel (its latest year) is not the
 *   difference between the vastgestelde and the current amount of the begroting; on the current cell.
 * - onbekend-onderdeel: a Van or Naar that names no onderdeel of the begroting (matched as the
 *   gemeenten write them: ../onderdelen); that side of the line is not counted.
 */

type Body = "kerngroep" | "pho";

/** Who decided, from the text of the decision ("Kerngroep 12-03-2024", "PhO-besluit 2024/07", "KG-24-03"). */
export function decidedBy(text: string): Body | null {
  const words = foldText(text);
  // A PhO decision (also one confirming the Kerngroep's) is the PhO's.
  if (/\bpho\b|\bp\.h\.o\b|portefeuillehouders\s*overleg|portefeuillehoudersoverleg/.test(words)) return "pho";
  if (/\bkerngroep\b|\bkg\b/.test(words)) return "kerngroep";
  return null;
}

/** One onderdeel of the begroting the register is checked against. */
interface ReferenceLine {
  label: string;
  vastgesteld: Dec;
  /** The current amount and its cell (a herverdeling's latest state, or the checked begroting). */
  current?: { amount: Dec; row: number; col: number };
}

interface Reference {
  /** "de begroting 'Herverdeling 2024'!A4:C14", for messages. */
  where: string;
  lines: ReferenceLine[];
  index: OnderdeelIndex;
  /** The year of the vastgestelde amounts, when the begroting names it. */
  year?: number;
  /** The table holding the current amounts, to report on its cells. */
  current?: TableContext;
}

/** A side of a register line: the onderdeel it names (by position in the reference), or null. */
interface Side {
  text: string;
  col: number;
  onderdeel: number | null;
}

interface RegisterLine {
  row: number;
  date: DayDate | null;
  amount: Dec;
  from?: Side;
  to?: Side;
  body: Body | null;
}

export function checkRegisters(workbook: WorkbookContext): void {
  const tables = [...workbook.tablesBySheet.values()].flat();
  const found: RawFinding[] = [];
  for (const table of tables) {
    if (table.kind !== "register") continue;
    const ctx = tableContextOf(workbook, table, found);
    if (!ctx) continue;
    const reference = findReference(workbook, tables, table, found);
    if (!reference) continue; // nothing to check a register against
    const lines = readLines(ctx, reference);
    checkAuthority(ctx, reference, lines);
    checkAgainstBegroting(ctx, reference, lines);
  }
  for (const finding of found) workbook.emit(finding);
}

/**
 * The begroting a register is checked against. With a vastgestelde begroting given (another file or
 * sheet, ../vastgesteld) that is the vastgestelde, and the workbook's begroting the current one
 * (an onderdeel only there counts as vastgesteld 0). Else the workbook's own: a herverdeling table
 * (vastgesteld and its latest state) before a begroting table (vastgesteld only). The register's own
 * sheet goes before the other sheets.
 */
function findReference(
  workbook: WorkbookContext,
  tables: readonly DetectedTable[],
  register: DetectedTable,
  found: RawFinding[],
): Reference | null {
  const given = workbook.vastgesteld;
  const order = (t: DetectedTable) => (t.kind === "herverdeling" ? 0 : 2) + (t.sheet === register.sheet ? 0 : 1);
  const candidates = tables
    .filter((t) => t.kind === "herverdeling" || t.kind === "begroting")
    .filter((t) => !(given?.table && given.table.sheet === t.sheet && given.table.range === t.range))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => order(a.t) - order(b.t) || a.i - b.i);
  let table: { ctx: TableContext; rows: TableRow[] } | null = null;
  for (const { t } of candidates) {
    const ctx = tableContextOf(workbook, t, found);
    const rows = ctx ? begrotingRows(ctx, given?.begroting.year, given !== undefined) : [];
    if (ctx && rows.length > 0) {
      table = { ctx, rows };
      break;
    }
  }
  if (given) return givenReference(given.begroting, given.table !== undefined, table);
  if (!table) return null;
  const reference: Reference = {
    where: `de begroting ${sheetRef(table.ctx.table.sheet, table.ctx.table.range)}`,
    lines: table.rows,
    index: new OnderdeelIndex(table.rows.map((r) => r.label)),
    current: table.ctx,
  };
  const year = table.ctx.first("planned")?.year;
  if (year !== undefined) reference.year = year;
  return reference;
}

/** The vastgestelde begroting given, with the current amounts of the workbook's begroting table. */
function givenReference(
  begroting: VastgesteldeBegroting,
  inThisWorkbook: boolean,
  table: { ctx: TableContext; rows: ReferenceLine[] } | null,
): Reference | null {
  const lines: ReferenceLine[] = begroting.onderdelen.map((o) => ({ label: o.label, vastgesteld: o.amount }));
  if (table) {
    const rows = table.rows;
    const matching = matchOnderdelen(
      rows.map((r) => r.label),
      begroting.onderdelen.map((o) => o.label),
    );
    matching.matches.forEach((match, i) => {
      const { label, current } = rows[i];
      if (!current) return;
      if (match.reference === null) lines.push({ label, vastgesteld: ZERO, current });
      else lines[match.reference].current = current;
    });
  }
  if (lines.length === 0) return null;
  const reference: Reference = {
    where: `de vastgestelde begroting ${vastgesteldText(begroting, inThisWorkbook ? begroting.workbook : undefined)}`,
    lines,
    index: new OnderdeelIndex(lines.map((l) => l.label)),
  };
  if (begroting.year !== undefined) reference.year = begroting.year;
  if (table) reference.current = table.ctx;
  return reference;
}

type TableRow = ReferenceLine;

/**
 * The onderdelen of a begroting or herverdeling table (not one of gemeenten), each with the amount
 * of its begroting column (the column of `year` when there is one) and its current amount: a
 * herverdeling's latest state after all its steps (../herverdeling checkCumulatief) on the cell of
 * the last step; a begroting's own amount when a vastgestelde begroting is given (`currentBegroting`),
 * else none (the begroting is then the vastgestelde).
 */
function begrotingRows(ctx: TableContext, year: number | undefined, currentBegroting: boolean): TableRow[] {
  const labelCol = ctx.labelCol;
  const planned = ctx.columns("planned");
  const amount = planned.find((c) => year !== undefined && c.year === year) ?? planned[0];
  if (labelCol === undefined || !amount) return [];
  if (isGemeenteTable(rowLabels(ctx.grid, labelCol, ctx.table.detailRows))) return [];
  const stepColumns = ctx.table.columns.filter((c) => c.role === "changed" || c.role === "mutation");
  const last = stepColumns[stepColumns.length - 1];
  const rows: TableRow[] = [];
  for (const row of ctx.table.detailRows) {
    const label = ctx.grid.text(row, labelCol);
    const value = ctx.number(row, amount.col);
    if (!label || !value || totalKind(label)) continue;
    const line: TableRow = { label, vastgesteld: value };
    if (currentBegroting && ctx.table.kind === "begroting") line.current = { amount: value, row, col: amount.col };
    const steps = last ? stepsOf(ctx, row, stepColumns) : null;
    if (last && steps) {
      const { states } = checkCumulatief(value, steps, ctx.settings.maxHerverdeling);
      line.current = { amount: states[states.length - 1], row, col: last.col };
    }
    rows.push(line);
  }
  return rows;
}

/** The date of a register line: a serial number with a date format, or a date typed as text. */
function dateAt(ctx: TableContext, row: number, col: number | undefined): DayDate | null {
  if (col === undefined) return null;
  const r = ctx.read(row, col);
  if (r.kind === "number") return dateFromSerial(r.value);
  if (r.kind === "text" || r.kind === "text-number") return parseDateText(r.text);
  return null;
}

function readLines(ctx: TableContext, reference: Reference): RegisterLine[] {
  const amountCol = ctx.table.columns.find((c) => AMOUNT_ROLES.has(c.role));
  const dateCol = ctx.first("date")?.col;
  const decisions = ctx.columns("decision");
  const from = ctx.first("from");
  const to = ctx.first("to");
  if (!amountCol || !from || !to) return [];
  // Registers name the same few onderdelen over and over: each text is looked up once.
  const lookups = new Map<string, ReturnType<OnderdeelIndex["find"]>>();
  const side = (row: number, col: number): Side | undefined => {
    const text = ctx.grid.text(row, col);
    if (text === null) return undefined;
    let found = lookups.get(text);
    if (found === undefined) {
      found = reference.index.find(text);
      lookups.set(text, found);
    }
    if (!found) {
      ctx.emit(
        "onbekend-onderdeel",
        row,
        col,
        `${quote(text)} (${ctx.colName(col)}) wijst geen onderdeel van ${reference.where} eenduidig aan; deze kant van de regel telt niet mee`,
      );
    }
    return { text, col, onderdeel: found ? found.reference : null };
  };
  const lines: RegisterLine[] = [];
  for (const row of ctx.table.detailRows) {
    const fromSide = side(row, from.col);
    const toSide = side(row, to.col);
    const r = ctx.read(row, amountCol.col);
    if (r.kind === "blank" && (fromSide || toSide)) {
      ctx.emit(
        "lege-bedragcel",
        row,
        amountCol.col,
        `De regel ${[fromSide?.text, toSide?.text]
          .filter(Boolean)
          .map((t) => quote(t!))
          .join(" → ")} heeft geen bedrag in kolom ${ctx.colName(amountCol.col)}`,
      );
    }
    if (r.kind !== "number") continue; // text and errors: getal-als-tekst, foutwaarde
    const decisionText = decisions.map((d) => ctx.grid.text(row, d.col) ?? "").join(" ");
    const line: RegisterLine = {
      row,
      date: dateAt(ctx, row, dateCol),
      amount: ctx.decOf(r.cell),
      body: decidedBy(decisionText),
    };
    if (fromSide) line.from = fromSide;
    if (toSide) line.to = toSide;
    lines.push(line);
  }
  return lines;
}

/**
 * The lines in date order, each with the date it counts on: its own, or (without a readable date)
 * that of the line above, so it keeps its place; lines before the first date take that date.
 */
function inDateOrder(lines: readonly RegisterLine[]): { line: RegisterLine; date: DayDate | null }[] {
  const firstDate = lines.find((l) => l.date)?.date ?? null;
  let last = firstDate;
  const dated = lines.map((line, position) => {
    if (line.date) last = line.date;
    return { line, date: line.date ?? last, position };
  });
  dated.sort((a, b) => (a.date && b.date ? compareDays(a.date, b.date) : 0) || a.position - b.position);
  return dated;
}

/** One step of an onderdeel's cumulative change in a year. */
interface Step {
  amount: Dec;
  date: DayDate | null;
}

/** besluit-bevoegdheid: per year, per onderdeel, the change since 1 January (or the last PhO decision). */
function checkAuthority(ctx: TableContext, reference: Reference, lines: readonly RegisterLine[]): void {
  const max = ctx.settings.maxHerverdeling;
  const byYear = new Map<number | null, { line: RegisterLine; date: DayDate | null }[]>();
  for (const entry of inDateOrder(lines)) {
    const year = entry.date?.year ?? null;
    const entries = byYear.get(year);
    if (entries) entries.push(entry);
    else byYear.set(year, [entry]);
  }
  const amountCol = ctx.table.columns.find((c) => AMOUNT_ROLES.has(c.role))!.col;
  for (const [year, entries] of byYear) {
    const base = reference.lines.map((l) => l.vastgesteld);
    const change = reference.lines.map(() => ZERO);
    const steps: Step[][] = reference.lines.map(() => []);
    const since: (DayDate | null | undefined)[] = reference.lines.map(() => undefined);
    for (const { line, date } of entries) {
      const sides = [
        { side: line.from, sign: -1 },
        { side: line.to, sign: 1 },
      ].filter((s) => (s.side?.onderdeel ?? null) !== null);
      for (const { side, sign } of sides) {
        const i = side!.onderdeel!;
        const amount = sign < 0 ? line.amount.negated() : line.amount;
        change[i] = change[i].plus(amount);
        steps[i].push({ amount, date });
      }
      if (line.body === "kerngroep") {
        const beyond: string[] = [];
        for (const { side } of sides) {
          const i = side!.onderdeel!;
          const status = checkOnderdeel(base[i], base[i].plus(change[i]), max);
          if (status.code === "PHO")
            beyond.push(beyondText(reference.lines[i].label, year, since[i], steps[i], status));
        }
        if (beyond.length > 0) {
          ctx.emit(
            "besluit-bevoegdheid",
            line.row,
            amountCol,
            `Besluit van de Kerngroep, maar ${beyond.join("; en ")}; hiervoor was een besluit van de PhO nodig`,
          );
        }
      } else if (line.body === "pho") {
        // The PhO adjusted the begroting: its amount is where the onderdeel counts from now.
        for (const { side } of sides) {
          const i = side!.onderdeel!;
          base[i] = base[i].plus(change[i]);
          change[i] = ZERO;
          steps[i] = [];
          since[i] = date;
        }
      }
    }
  }
}

function beyondText(
  label: string,
  year: number | null,
  since: DayDate | null | undefined,
  steps: readonly Step[],
  status: OnderdeelStatus,
): string {
  const from = since !== undefined ? ` sinds het PhO-besluit${since ? ` van ${formatDay(since)}` : ""}` : "";
  const when = year !== null ? ` in ${year}` : "";
  // Several steps: the amounts as the herverdeling table says them ("+€ 15.000,00 en +€ 10.000,00
  // samen +25,0% van …"), and the dates of the decisions.
  const made = steps.filter((s) => !s.amount.isZero());
  const detail = made.length > 1 && status.code === "PHO" ? { ...status, steps: made.map((s) => s.amount) } : status;
  const dates = made.flatMap((s) => (s.date ? [formatDay(s.date)] : []));
  const how = made.length > 1 && dates.length > 0 ? ` (besluiten van ${dutchList([...new Set(dates)])})` : "";
  return `hiermee wijzigt ${quoteLabel(label)}${when}${from} cumulatief${how}: ${statusDetail(detail)}`;
}

/**
 * register-wijkt-af: the register's net mutations of one year (the begroting's, else the register's
 * latest) against the begroting's changes; nothing when the register has no line in that year.
 */
function checkAgainstBegroting(ctx: TableContext, reference: Reference, lines: readonly RegisterLine[]): void {
  if (!reference.lines.some((l) => l.current)) return;
  const years = lines.map((l) => l.date?.year).filter((y): y is number => y !== undefined);
  // The begroting's year when it names one, else the register's latest.
  const year = reference.year ?? (years.length > 0 ? Math.max(...years) : null);
  const counted =
    year === null
      ? lines
      : inDateOrder(lines)
          .filter((e) => e.date?.year === year)
          .map((e) => e.line);
  if (counted.length === 0) return;
  const net = reference.lines.map(() => ZERO);
  for (const line of counted) {
    const from = line.from?.onderdeel ?? null;
    const to = line.to?.onderdeel ?? null;
    if (from !== null) net[from] = net[from].minus(line.amount);
    if (to !== null) net[to] = net[to].plus(line.amount);
  }
  const registerName = `het register ${sheetRef(ctx.table.sheet, ctx.table.range)}`;
  reference.lines.forEach((line, i) => {
    if (!line.current) return;
    const difference = line.current.amount.minus(line.vastgesteld);
    if (sameAmount(difference, net[i])) return;
    reference.current!.emit(
      "register-wijkt-af",
      line.current.row,
      line.current.col,
      `${quoteLabel(line.label)}: de begroting wijzigt ${formatEuroChange(difference)} (vastgesteld ${formatEuro(line.vastgesteld)}, nu ${formatEuro(line.current.amount)}), maar ${registerName} telt${year !== null ? ` in ${year}` : ""} ${formatEuroChange(net[i])}; verschil ${formatEuro(difference.minus(net[i]).abs())}`,
    );
  });
}
