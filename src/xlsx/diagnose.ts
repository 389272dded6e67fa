import { cfbNames, isCfb } from "./cfb";
import { refuse, TEXT } from "./reasons";

/**
 * What a file is, from its first bytes, before anything is unpacked: a zip (.xlsx, .xlsm, .xlsb,
 * .ods, or something else in a zip), an OLE compound file (.xls, an encrypted workbook, a .doc),
 * a bare BIFF stream, or something that is no workbook at all, which is refused here with what
 * it is. Whatever the name says: files are recognised by their content, as Excel does.
 */
export type Container = "zip" | "cfb" | "biff";

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: every zip with something in it
  [0x50, 0x4b, 0x05, 0x06], // the end record straight away: an empty zip
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** BOF records of a bare BIFF stream: BIFF2 (0x0009), BIFF3 (0x0209), BIFF4 (0x0409), BIFF5+ (0x0809). */
function biffVersion(bytes: Uint8Array): number | null {
  if (bytes.length < 8 || bytes[0] !== 0x09) return null;
  const version = { 0x00: 2, 0x02: 3, 0x04: 4, 0x08: 5 }[bytes[1]];
  const size = bytes[2] | (bytes[3] << 8);
  return version !== undefined && size >= 4 && size <= 20 ? version : null;
}

/**
 * An owner file ("~$Begroting.xlsx", 162 or 165 bytes): the user name's length, the name padded
 * with spaces to 54 bytes, the length again, then the name as UTF-16.
 */
function isLockFile(bytes: Uint8Array): boolean {
  const n = bytes[0];
  return (bytes.length === 162 || bytes.length === 165) && n > 0 && n <= 53 && bytes[55] === n && bytes[54] === 0x20;
}

/** Text: a byte order mark, or only printable characters, tabs and line ends at the start. */
function textKind(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const decoded = new TextDecoder(utf16 ? (head[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8").decode(head);
  let controls = 0;
  for (const ch of decoded.slice(0, 1000)) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r" && ch !== "\f") || code === 0xfffd) controls++;
  }
  if (controls > 2) return null;
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(decoded))
    return "een XML-werkmap van Excel 2003 (XML-spreadsheet 2003)";
  if (/<(html|table|body)\b/i.test(decoded)) return "een webpagina (HTML) met de extensie van een werkmap";
  if (/^\s*</.test(decoded)) return "een XML-bestand";
  return "een tekstbestand (zoals CSV)";
}

export function identify(bytes: Uint8Array): Container {
  if (bytes.length === 0) refuse("leeg", TEXT.empty);
  if (ZIP_SIGNATURES.some((s) => startsWith(bytes, s))) return "zip";
  if (isCfb(bytes)) return "cfb";
  const biff = biffVersion(bytes);
  if (biff !== null) {
    if (biff < 5) refuse("oud-xls", TEXT.oldXls);
    return "biff";
  }
  if (isLockFile(bytes)) refuse("ander-document", TEXT.lockFile);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) refuse("ander-document", TEXT.otherFile("een PDF-document")); // %PDF-
  const text = textKind(bytes);
  if (text) refuse("ander-document", TEXT.text(text));
  return refuse("geen-werkmap", TEXT.unknown);
}

/** The streams of an OLE compound file that say what it holds, or a refusal naming what it is. */
export function cfbContent(bytes: Uint8Array): "xls" {
  const names = cfbNames(bytes);
  if (names === null)
    refuse("beschadigd", TEXT.damaged("een OLE-bestand (zoals een .xls) waarvan de inhoudsopgave niet te lezen is"));
  const lower = names.map((n) => n.toLowerCase());
  if (lower.includes("encryptioninfo") || lower.includes("encryptedpackage")) refuse("versleuteld", TEXT.password);
  if (lower.includes("workbook") || lower.includes("book")) return "xls";
  if (lower.includes("worddocument")) refuse("ander-document", TEXT.word(".doc"));
  if (lower.includes("powerpoint document")) refuse("ander-document", TEXT.powerPoint(".ppt"));
  if (lower.includes("visiodocument")) refuse("ander-document", TEXT.otherFile("een Visio-tekening (.vsd)"));
  if (lower.some((n) => n.startsWith("__substg1.0_")))
    refuse("ander-document", TEXT.otherFile("een Outlook-bericht (.msg)"));
  return refuse("geen-werkmap", TEXT.otherFile("een OLE-bestand van een ander programma"));
}
