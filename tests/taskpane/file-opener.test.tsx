/** @jest-environment jsdom */
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FileOpener } from "../../src/taskpane/components/FileOpener";
import type { FileSource } from "../../src/taskpane/session";

configure({ asyncUtilTimeout: 10_000 });
import { fileSizeCheck } from "../../src/xlsx/file-door";
import { MAX_FILE_BYTES } from "../../src/xlsx/read-xlsx";
import { CLEAN, fakeDoor, outside } from "./helpers";

/** A File that says it is `size` bytes (nothing that big is allocated) and records being read. */
function fakeFile(name: string, size: number) {
  const file = new File(["x"], name);
  const arrayBuffer = jest.fn(async () => new ArrayBuffer(1));
  Object.defineProperty(file, "size", { value: size });
  Object.defineProperty(file, "arrayBuffer", { value: arrayBuffer });
  return { file, arrayBuffer };
}

// ExcelJS does not load under jsdom (an ESM dependency); the size check needs none of it, only read-xlsx's limit.
jest.mock("exceljs", () => ({ __esModule: true, default: {} }));

const fileInput = (container: HTMLElement) => container.querySelector('input[type="file"]') as HTMLInputElement;

describe("outside Office, a file's size is asked before it is read", () => {
  test("a file over the limit: refused by its size, never read, a Dutch message naming the file", async () => {
    const openFile = jest.fn(async () => fakeDoor(CLEAN, "file"));
    const { container } = render(<App host={outside} openFile={openFile} sizeProblem={fileSizeCheck} />);
    const { file, arrayBuffer } = fakeFile("reusachtig.xlsx", 60 * 1024 * 1024);
    fireEvent.change(fileInput(container), { target: { files: [file] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("reusachtig.xlsx kon niet worden gelezen");
    expect(alert.textContent).toContain("te groot: het bestand is 60 MB, de controle leest werkmappen tot 50 MB");
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(openFile).not.toHaveBeenCalled();
  });

  test("dropped, several at once: each a source, refused by its size when it is read, never loaded", async () => {
    const onFiles = jest.fn();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileOpener onFiles={onFiles} samples={[]} sizeProblem={fileSizeCheck} />
      </FluentProvider>,
    );
    const big = fakeFile("groot.xlsx", MAX_FILE_BYTES + 1);
    const small = fakeFile("klein.xlsm", 10);
    const zone = screen.getByText(/Sleep een of meer werkmappen hierheen/).parentElement!;
    expect(container.contains(zone)).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [big.file, small.file] } });
    expect(onFiles).toHaveBeenCalledTimes(1);
    const sources = onFiles.mock.calls[0][0] as FileSource[];
    expect(sources.map((s) => s.name)).toEqual(["groot.xlsx", "klein.xlsm"]);
    // nothing is read before the session gets to it, one file at a time
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(small.arrayBuffer).not.toHaveBeenCalled();
    // one byte over 50 MB still rounds to 50 MB: it says "meer dan", never "50 MB, tot 50 MB"
    await expect(sources[0].load()).rejects.toThrow(
      "te groot: het bestand is meer dan 50 MB, de controle leest werkmappen tot 50 MB",
    );
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    await expect(sources[1].load()).resolves.toBeInstanceOf(ArrayBuffer);
  });

  test("a file of exactly the limit is read and opened", async () => {
    const openFile = jest.fn(async () => fakeDoor(CLEAN, "file"));
    const { container } = render(<App host={outside} openFile={openFile} sizeProblem={fileSizeCheck} />);
    const { file, arrayBuffer } = fakeFile("precies.xlsx", MAX_FILE_BYTES);
    fireEvent.change(fileInput(container), { target: { files: [file] } });
    await waitFor(() => expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "precies.xlsx"));
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
    await screen.findByText("Geen bevindingen");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a file the browser cannot read (removed meanwhile): a Dutch reason, no unhandled error", async () => {
    const onFiles = jest.fn();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileOpener onFiles={onFiles} samples={[]} sizeProblem={async () => null} />
      </FluentProvider>,
    );
    const { file, arrayBuffer } = fakeFile("weg.xlsx", 10);
    arrayBuffer.mockRejectedValueOnce(new DOMException("A requested file could not be read", "NotReadableError"));
    fireEvent.change(fileInput(container), { target: { files: [file] } });
    const [source] = onFiles.mock.calls[0][0] as FileSource[];
    await expect(source.load()).rejects.toThrow("het bestand kon niet worden geopend");
  });
});
