import { GemeenteNaam } from "../core/gemeenten";

/**
 * ILLUSTRATIVE inhabitants per gemeente, for the sample workbooks and tests only: the sources give
 * just the total of 504.908 for NML, so these figures are approximations made to add up to it.
 * They are labelled as illustrative wherever they appear.
 */
export const ILLUSTRATIEVE_INWONERS: Readonly<Record<GemeenteNaam, number>> = {
  Beesel: 13452,
  Bergen: 12986,
  "Echt-Susteren": 31412,
  Gennep: 17152,
  "Horst aan de Maas": 42271,
  Leudal: 35792,
  Maasgouw: 23688,
  Nederweert: 17069,
  "Peel en Maas": 43648,
  Roerdalen: 20561,
  Roermond: 58725,
  Venlo: 101606,
  Venray: 44362,
  Weert: 42184,
};
