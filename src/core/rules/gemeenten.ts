import { isGemeenteTable, rowLabels } from "../detect/kind";
import { totalKind } from "../detect/vocabulary";
import { matchGemeente } from "../gemeente-names";
import { GEMEENTEN_NML, GemeenteNaam } from "../gemeenten";
import { a1 } from "../a1";
import { dutchList } from "../text";
import { quote, TableContext } from "./context";

/**
 * In a table of gemeenten (at least 7 of the 14 recognised in the label column):
 * gemeente-ontbreekt, gemeente-dubbel and onbekende-gemeente.
 */
export function checkGemeenten(ctx: TableContext): void {
  const { table, grid } = ctx;
  const labelCol = ctx.labelCol;
  if (labelCol === undefined) return;
  if (!isGemeenteTable(rowLabels(grid, labelCol, table.detailRows))) return;
  const seen = new Map<GemeenteNaam, { row: number; text: string }>();
  for (const row of table.detailRows) {
    const text = grid.text(row, labelCol);
    if (text === null) continue;
    const naam = matchGemeente(text);
    if (!naam) {
      if (totalKind(text)) continue;
      ctx.emit(
        "onbekende-gemeente",
        row,
        labelCol,
        `${quote(text)} is geen van de 14 gemeenten van Noord- en Midden-Limburg`,
      );
      continue;
    }
    const first = seen.get(naam);
    if (first) {
      const same =
        first.text === text
          ? `${naam} staat twee keer in de tabel`
          : `${quote(text)} is dezelfde gemeente als ${quote(first.text)}`;
      ctx.emit("gemeente-dubbel", row, labelCol, `${same} (ook in ${a1(first.row, labelCol)})`);
      continue;
    }
    seen.set(naam, { row, text });
  }
  const missing = GEMEENTEN_NML.filter((naam) => !seen.has(naam));
  if (missing.length === 0) return;
  const row = table.headerRow >= 1 ? table.headerRow : table.detailRows[0];
  ctx.emit(
    "gemeente-ontbreekt",
    row,
    labelCol,
    `${missing.length === 1 ? "Ontbreekt" : "Ontbreken"} in de tabel: ${dutchList(missing)} (${seen.size} van de 14 gemeenten staan erin)`,
  );
}
