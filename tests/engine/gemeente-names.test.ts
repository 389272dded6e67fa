import { gemeenteKey, matchGemeente } from "../../src/core/gemeente-names";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";

describe("matchGemeente", () => {
  test("the 14 names match themselves", () => {
    for (const naam of GEMEENTEN_NML) expect(matchGemeente(naam)).toBe(naam);
  });

  test.each([
    ["Horst a/d Maas", "Horst aan de Maas"],
    ["Horst a.d. Maas", "Horst aan de Maas"],
    ["HORST AAN DE MAAS", "Horst aan de Maas"],
    ["Bergen (L)", "Bergen"],
    ["Bergen (L.)", "Bergen"],
    ["Bergen (Limburg)", "Bergen"],
    ["Peel & Maas", "Peel en Maas"],
    ["Peel&Maas", "Peel en Maas"],
    ["Echt Susteren", "Echt-Susteren"],
    ["echt-susteren ", "Echt-Susteren"],
    ["Gemeente Venlo", "Venlo"],
    ["  Roermond  ", "Roermond"],
    ["Véńlo", "Venlo"],
  ])("%s is %s", (label, naam) => {
    expect(matchGemeente(label)).toBe(naam);
  });

  test.each(["Bergen (NH)", "Maastricht", "Totaal", "Venlo-Noord", ""])("%j is none of the 14", (label) => {
    expect(matchGemeente(label)).toBeNull();
  });

  test("keys ignore case, spaces, accents and punctuation", () => {
    expect(gemeenteKey("Peel en Maas")).toBe(gemeenteKey("peel  EN maas"));
    expect(gemeenteKey("Echt-Susteren")).toBe("echtsusteren");
  });
});
