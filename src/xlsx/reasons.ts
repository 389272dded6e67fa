import { formatCount } from "../core/format";

/**
 * Why a file is not read, as a kind (for tests and callers) and a Dutch sentence for the user
 * that says what the file is and what to do. "beschadigd" only for files that really are damaged.
 */
export type ReadReason =
  /** 0 bytes. */
  | "leeg"
  /** Cut off: the end of the file is missing. */
  | "afgebroken"
  /** Damaged: parts that cannot be unpacked or read, names that contradict each other. */
  | "beschadigd"
  /** A part that unpacks to far more than it says. */
  | "zip-bom"
  /** A DTD whose entities multiply (billion laughs). */
  | "xml-bom"
  /** A DTD, entity or schema that points outside the file (XXE). */
  | "externe-verwijzing"
  /** Encrypted with a password. */
  | "versleuteld"
  /** Another kind of document: Word, PowerPoint, OpenDocument text, an Excel lock file, text. */
  | "ander-document"
  /** A zip or OLE file without a workbook in it, or bytes that are no known format at all. */
  | "geen-werkmap"
  /** An .xls from before Excel 5.0 (BIFF2, BIFF3, BIFF4). */
  | "oud-xls"
  /** Over one of the reader's limits (the message names it). */
  | "te-groot";

export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly reason: ReadReason = "beschadigd",
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export function refuse(reason: ReadReason, message: string): never {
  throw new WorkbookReadError(message, reason);
}

const MB = 1024 * 1024;
const REPAIR = "open het in Excel (dat kan een beschadigde werkmap vaak herstellen) en sla het opnieuw op";
export const SLIM_DOWN = "verwijder lege opgemaakte rijen en kolommen of splits de werkmap";

/** "50 MB", "75,3 MB", "3,9 GB". */
export function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * MB ? [bytes / (1024 * MB), "GB"] : [bytes / MB, "MB"];
  return `${formatCount(value)} ${unit}`;
}

/** A size above the limit, never shown as equal to it ("meer dan 50 MB"). */
export function overText(bytes: number, limit: number): string {
  const text = sizeText(bytes);
  return text === sizeText(limit) ? `meer dan ${text}` : text;
}

export const TEXT = {
  empty: "het bestand is leeg (0 bytes): er staat niets in; kopieer of download het opnieuw",
  truncated:
    "het bestand is afgebroken: het einde ontbreekt (onvolledig gedownload of gekopieerd?); kopieer of download het opnieuw",
  damaged: (what: string) => `beschadigd: ${what}; ${REPAIR}`,
  zipBomb: "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)",
  xmlBomb: (part: string) =>
    `een XML-bom: het onderdeel ${part} definieert entiteiten die zich bij het lezen vermenigvuldigen; Excel schrijft dat nooit, de controle leest het niet`,
  external: (part: string) =>
    `het onderdeel ${part} verwijst naar een bestand of adres buiten de werkmap (een externe XML-entiteit of -schema, een bekende aanvalsvorm); Excel schrijft dat nooit, de controle leest het niet`,
  password:
    "beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen. Sla in Excel een kopie op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, wachtwoord leegmaken)",
  zipPassword:
    "beveiligd met een wachtwoord (een versleuteld zip-bestand): sla het in Excel op als Excel-werkmap zonder wachtwoord",
  oldXls:
    "een werkmap uit Excel 4.0 of ouder (BIFF2-4, van vóór Excel 5.0/95): open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx)",
  word: (ext: string) => `een Word-document (${ext}), geen werkmap`,
  powerPoint: (ext: string) => `een PowerPoint-presentatie (${ext}), geen werkmap`,
  openDocument: (what: string) => `een OpenDocument-${what}, geen rekenblad`,
  /** Another kind of file: "een Visio-tekening (.vsd)", "een PDF-document". */
  otherFile: (what: string) => `${what}, geen werkmap`,
  lockFile:
    "een vergrendelbestand van Excel (~$…): Excel maakt het zolang iemand de werkmap open heeft, er staan geen gegevens in; open de werkmap zelf",
  text: (what: string) =>
    `${what}: de controle leest werkmappen (.xlsx, .xlsm, .xlsb, .xls) en rekenbladen (.ods); open het in Excel en sla het op als Excel-werkmap (.xlsx)`,
  unknown:
    "geen werkmap: het bestand is geen Excel-werkmap (.xlsx, .xlsm, .xlsb, .xls) en geen OpenDocument-rekenblad (.ods)",
  emptyZip: "geen werkmap: een leeg zip-bestand, er staat niets in",
  noWorkbookInZip: "geen werkmap: een zip-bestand zonder werkmap erin",
  tooLarge: (what: string, slimDown = true) => `te groot: ${what}${slimDown ? `; ${SLIM_DOWN}` : ""}`,
  count: formatCount,
};
