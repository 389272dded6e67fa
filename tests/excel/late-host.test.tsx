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

// Fake timers: the order of "time-out, then Office answers" is then the test's, not the machine's
// (on a loaded machine real timers let a 100 ms answer overtake a 20 ms time-out's callback).
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).Excel;
});

describe("a host that answers after the time-out", () => {
  test("detectHost answers 'outside' at the time-out, then reports Excel when Office does", async () => {
    jest.useFakeTimers();
    (globalThis as Globals).Office = { onReady: () => later(150, { host: "Excel", platform: "Mac" }) };
    const late = jest.fn();
    const first = detectHost(50, late);
    await jest.advanceTimersByTimeAsync(50);
    expect((await first).inExcel).toBe(false);
    expect(late).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(100);
    expect(late).toHaveBeenCalledWith({ inExcel: true, dark: false });
  });

  test("a plain browser (host null, late) stays outside", async () => {
    jest.useFakeTimers();
    (globalThis as Globals).Office = { onReady: () => later(100, { host: null, platform: null }) };
    const late = jest.fn();
    const first = detectHost(20, late);
    await jest.advanceTimersByTimeAsync(20);
    expect((await first).inExcel).toBe(false);
    await jest.advanceTimersByTimeAsync(200);
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
    // Office answers only once the file mode is on screen (after the real time-out): no race
    // between the time-out and the answer on a busy machine.
    let answer: (info: { host: string; platform: string }) => void = () => undefined;
    const ready = new Promise<{ host: string; platform: string }>((resolve) => (answer = resolve));
    (globalThis as Globals).Office = { ...excel.Office, onReady: () => ready };
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
    await screen.findByText("Bestand", {}, { timeout: HOST_TIMEOUT_MS + 5000 });
    expect(screen.getByRole("button", { name: "Open een werkmap (.xlsx)" })).toBeTruthy();
    answer({ host: "Excel", platform: "OfficeOnline" });
    await screen.findByText("In Excel", {}, { timeout: 20_000 });
    expect(screen.queryByRole("button", { name: "Open een werkmap (.xlsx)" })).toBeNull();
    // and it works on the open workbook: the check reads it through the Excel door
    await waitFor(() => expect(excel.syncs()).toBeGreaterThan(0), { timeout: 20_000 });
  }, 60_000);
});
