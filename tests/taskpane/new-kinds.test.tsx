/** @jest-environment jsdom */
/**
 * The register of herverdelingen and the SiSa-verrekening in the pane (issue 16 §3, §4): nothing of
 * the pane is made for them, yet it names the new kinds of table in Dutch, shows their findings,
 * and offers them (and the new column roles) in "Controleer selectie".
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { defaultState, StoredState } from "../../src/core/stored-state";
import { App } from "../../src/taskpane/App";
import { SelectionCheck } from "../../src/taskpane/components/SelectionCheck";
import {
  begroting2024After,
  begrotingNaWijzigingSheet,
  modelFromSpecs,
  registerSheet,
  verantwoordingSheet,
} from "../support/workbooks";
import { fakeDoor, inExcel } from "./helpers";

const WORKBOOK = modelFromSpecs(
  [
    begrotingNaWijzigingSheet(
      begroting2024After([
        [1, 7, 15000],
        [0, 7, 10000],
      ]),
    ),
    registerSheet([
      ["11-04-2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
      ["12-09-2024", "Onderdeel 1", "Monitoring en evaluatie", 10000, "Kerngroep"],
    ]),
    verantwoordingSheet({ settlement: { 5: 1000 } }),
  ],
  "Register en SiSa.xlsx",
);

test("the pane names the register and the verantwoording in Dutch and shows their findings", async () => {
  render(<App host={inExcel} door={fakeDoor(WORKBOOK)} />);
  const register = await screen.findByRole("region", { name: /Blad Register/ });
  expect(within(register).getByRole("heading", { name: "Register van herverdelingen A1:E3" })).toBeTruthy();
  expect(
    within(register).getByText(/Besluit van de Kerngroep, maar hiermee wijzigt "Monitoring en evaluatie"/),
  ).toBeTruthy();
  const sisa = screen.getByRole("region", { name: /Blad SiSa 2024/ });
  expect(within(sisa).getByRole("heading", { name: "Verantwoording (SiSa) A1:D16" })).toBeTruthy();
  expect(within(sisa).getByText(/"Terug te betalen" .*1\.000,00 klopt niet bij "Leudal"/)).toBeTruthy();
  expect(within(sisa).getByText(/^Verrekening per saldo: Venlo vordert/)).toBeTruthy();
});

test("Controleer selectie: a register's columns get their roles, and the new kinds can be chosen", async () => {
  const door = fakeDoor(WORKBOOK);
  door.excel.getSelection.mockResolvedValue({ sheet: "Register", cell: "A1:E3" });
  const onSave = jest.fn(async () => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <SelectionCheck door={door} state={defaultState()} sheets={["Register"]} onSave={onSave} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Controleer selectie" }));
  const group = await screen.findByRole("group", { name: "Kolommen van Register!A1:E3" });
  const role = (label: string) => (within(group).getByLabelText(label) as HTMLSelectElement).value;
  expect([
    role("Kolom A: Datum"),
    role("Kolom B: Van"),
    role("Kolom C: Naar"),
    role("Kolom D: Bedrag (€)"),
    role("Kolom E: Besluit"),
  ]).toEqual(["date", "from", "to", "planned", "decision"]);
  const kind = within(group).getByLabelText("Soort tabel") as HTMLSelectElement;
  expect(kind.value).toBe("register");
  expect([...kind.options].map((o) => o.text)).toEqual(
    expect.arrayContaining(["Register van herverdelingen", "Verantwoording (SiSa)"]),
  );
  const roles = [...(within(group).getByLabelText("Kolom A: Datum") as HTMLSelectElement).options].map((o) => o.text);
  expect(roles).toEqual(
    expect.arrayContaining([
      "Datum",
      "Van (onderdeel)",
      "Naar (onderdeel)",
      "Besluit (Kerngroep / PhO)",
      "Overgemaakt / voorschot",
      "Verantwoord (SiSa)",
      "Verrekening / terug te betalen",
    ]),
  );
  fireEvent.click(within(group).getByRole("button", { name: "Opslaan en controleren" }));
  await waitFor(() => expect(onSave).toHaveBeenCalled());
  expect((onSave.mock.calls[0] as unknown as [StoredState])[0].tables).toEqual([
    {
      sheet: "Register",
      range: "A1:E3",
      kind: "register",
      roles: { 1: "date", 2: "from", 3: "to", 4: "planned", 5: "decision" },
    },
  ]);
});
