/** Small pieces of Dutch text, once: quoting a cell's text, lists, a capital at the start. */

/** A text quoted for a message: white space folded, at most `max` characters. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** "A", "A en B", "A, B en C". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** The text with a capital first letter: a message fragment made into a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A, B en C"; beyond `max` items "A, B, C en nog 2" (or what `rest` calls the others). */
export function shortList(items: readonly string[], max = 3, rest = (n: number) => `nog ${n}`): string {
  return items.length > max ? `${items.slice(0, max).join(", ")} en ${rest(items.length - max)}` : dutchList(items);
}

/** Lower case without accents ("Één" → "een", "Gennep" → "gennep"): how labels and words are compared. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
