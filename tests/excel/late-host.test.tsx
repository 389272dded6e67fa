/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { detectHost, HOST_TIMEOUT_MS } from "../../src/taskpane/host";
import { createExcelMock, sheet } from "./excel-mock";

/**
 * Host detection never locks the pane in file mode: Excel on the web or on a Mac can take longer
 * than the 2,5 s the first screen waits, and when Office then reports Excel the pane switches.
 */
type Globals = { Office?: unknown; Excel?: unknown };
const later = <T,>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

describe("a host that answers after the time-out", () => {
  test("detectHost answers 'outside' at the time-out, then reports Excel when Office does", async () => {
    (globalThis as Globals).Office = { onReady: () => later(150, { host: "Excel", platform: "Mac" }) };
    const late = jest.fn();
    expect((await detectHost(50, late)).inExcel).toBe(false);
    expect(late).not.toHaveBeenCalled();
    await waitFor(() => expect(late).toHaveBeenCalledWith({ inExcel: true, dark: false }));
  });

  test("a plain browser (host null, late) stays outside", async () => {
    (globalThis as Globals).Office = { onReady: () => later(100, { host: null, platform: null }) };
    const late = jest.fn();
    await detectHost(20, late);
    await later(200, null);
    expect(late).not.toHaveBeenCalled();
  });

  test("the pane shows file mode first and switches to Excel mode when Office reports Excel", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const excel = createExcelMock([
      sheet("Begroting", [
        ["Onderdeel", "Begroting"],
        ["Projectbureau", 500000],
      ]),
    ]);
    (globalThis as Globals).Excel = excel.Excel;
    (globalThis as Globals).Office = {
      ...excel.Office,
      onReady: () => later(HOST_TIMEOUT_MS + 400, { host: "Excel", platform: "OfficeOnline" }),
    };
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
    await screen.findByText("Zonder Excel", {}, { timeout: HOST_TIMEOUT_MS + 300 });
    expect(screen.getByRole("button", { name: "Open werkmappen" })).toBeTruthy();
    await screen.findByText("In Excel", {}, { timeout: 3000 });
    expect(screen.queryByRole("button", { name: "Open werkmappen" })).toBeNull();
    // and it works on the open workbook: the check reads it through the Excel door
    await waitFor(() => expect(excel.syncs()).toBeGreaterThan(0), { timeout: 3000 });
  }, 15_000);
});
