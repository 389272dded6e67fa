/**
 * The names in the directory of a Compound File Binary container (OLE2, "D0 CF 11 E0"): an old
 * .xls holds a "Workbook" (or "Book") stream, a password-protected .xlsx holds "EncryptionInfo"
 * and "EncryptedPackage", an old .doc a "WordDocument". Only the directory is read, following the
 * sector chains of the file allocation table; anything inconsistent gives null rather than a guess.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
/** Directory entries read at most: real files have a handful. */
const MAX_DIRECTORY_ENTRIES = 10_000;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

export function cfbNames(bytes: Uint8Array): string[] | null {
  if (!isCfb(bytes) || bytes.length < 512) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint16(0x1c, true) !== 0xfffe) return null; // byte order mark
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (sector: number): number | null => {
    const offset = (sector + 1) * sectorSize;
    return sector < MAX_REGULAR_SECTOR && offset + sectorSize <= bytes.length ? offset : null;
  };

  // The sectors of the file allocation table: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = dv.getUint32(0x2c, true);
  if (fatCount > sectorCount) return null;
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(dv.getUint32(0x4c + i * 4, true));
  let difat = dv.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatCount && difat < MAX_REGULAR_SECTOR; guard++) {
    const offset = sectorOffset(difat);
    if (offset === null || guard > sectorCount) return null;
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatCount; i++)
      fatSectors.push(dv.getUint32(offset + i * 4, true));
    difat = dv.getUint32(offset + perSector * 4, true);
  }
  const perFatSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perFatSector)];
    if (fatSector === undefined) return null;
    const offset = sectorOffset(fatSector);
    return offset === null ? null : dv.getUint32(offset + (sector % perFatSector) * 4, true);
  };

  // The directory: 128-byte entries with a UTF-16 name, in the chain from its first sector.
  const names: string[] = [];
  let sector = dv.getUint32(0x30, true);
  for (let visited = 0; sector !== END_OF_CHAIN && sector !== FREE_SECTOR; visited++) {
    const offset = sectorOffset(sector);
    if (offset === null || visited > sectorCount || names.length > MAX_DIRECTORY_ENTRIES) return null;
    for (let e = offset; e < offset + sectorSize; e += 128) {
      const nameLength = dv.getUint16(e + 0x40, true);
      const type = bytes[e + 0x42];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue; // an unused entry
      let name = "";
      for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(dv.getUint16(e + i, true));
      names.push(name);
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names.length > 0 ? names : null;
}
