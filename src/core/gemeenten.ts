/** The 14 gemeenten of Noord- en Midden-Limburg, in the order the SOK lists them. */
export const GEMEENTEN_NML = [
  "Beesel",
  "Bergen",
  "Echt-Susteren",
  "Gennep",
  "Horst aan de Maas",
  "Leudal",
  "Maasgouw",
  "Nederweert",
  "Peel en Maas",
  "Roerdalen",
  "Roermond",
  "Venlo",
  "Venray",
  "Weert",
] as const;

export type GemeenteNaam = (typeof GEMEENTEN_NML)[number];

/** The SPUK IZA grant of NML per year (2023 to 2026). */
export const TOEKENNING_NML = "4747850";
