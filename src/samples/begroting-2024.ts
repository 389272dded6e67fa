/** The begroting 2024 (GUP 2024, paragraph 5; IZA-DOMAIN.md). */
export const BEGROTING_2024: readonly { onderdeel: string; bedrag: number; toelichting?: string }[] = [
  {
    onderdeel:
      "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)",
    bedrag: 500000,
  },
  { onderdeel: "Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)", bedrag: 500000 },
  {
    onderdeel: "Uitvoeringskosten onderdeel 3 (Ketenaanpakken)",
    bedrag: 2000000,
    toelichting: "De vijf ketenaanpakken",
  },
  { onderdeel: "Uitvoeringskosten onderdeel 4 (Dekkend netwerk steunpunten)", bedrag: 480000 },
  { onderdeel: "Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)", bedrag: 17850 },
  {
    onderdeel: "Uitvoeringskosten onderdeel 6 (Regioplan)",
    bedrag: 200000,
    toelichting: "Onderdeel 6 heeft twee begrotingsregels",
  },
  { onderdeel: "Uitvoeringskosten onderdeel 6 (Aanvullende plannen)", bedrag: 500000 },
  { onderdeel: "Monitoring en evaluatie", bedrag: 100000 },
  { onderdeel: "Vergoeding inzet individuele gemeenten (ambtelijke agendacommissie en werkgroepen)", bedrag: 450000 },
];
