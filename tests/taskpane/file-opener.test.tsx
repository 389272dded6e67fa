/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FileOpener } from "../../src/taskpane/components/FileOpener";
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
    expect(alert.textContent).toContain(
      "reusachtig.xlsx kon niet worden gelezen: te groot: het bestand is 60 MB, de controle leest werkmappen tot 50 MB.",
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(openFile).not.toHaveBeenCalled();
  });

  test("dropped: the same", async () => {
    const onFile = jest.fn();
    const onSampleError = jest.fn();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileOpener onFile={onFile} onSampleError={onSampleError} samples={[]} sizeProblem={fileSizeCheck} />
      </FluentProvider>,
    );
    const { file, arrayBuffer } = fakeFile("groot.xlsx", MAX_FILE_BYTES + 1);
    const zone = screen.getByText(/Sleep een werkmap hierheen/).parentElement!;
    expect(container.contains(zone)).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(onSampleError).toHaveBeenCalledTimes(1));
    // one byte over 50 MB still rounds to 50 MB: it says "meer dan", never "50 MB, tot 50 MB"
    expect(onSampleError).toHaveBeenCalledWith(
      "groot.xlsx kon niet worden gelezen: te groot: het bestand is meer dan 50 MB, de controle leest werkmappen tot 50 MB.",
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(onFile).not.toHaveBeenCalled();
  });

  test("a file of exactly the limit is read and opened", async () => {
    const openFile = jest.fn(async () => fakeDoor(CLEAN, "file"));
    const { container } = render(<App host={outside} openFile={openFile} sizeProblem={fileSizeCheck} />);
    const { file, arrayBuffer } = fakeFile("precies.xlsx", MAX_FILE_BYTES);
    fireEvent.change(fileInput(container), { target: { files: [file] } });
    await waitFor(() => expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "precies.xlsx"));
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
    await screen.findByText(/Geen bevindingen/);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a file the browser cannot read (removed meanwhile): a Dutch message, no unhandled error", async () => {
    const onFile = jest.fn();
    const onSampleError = jest.fn();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileOpener onFile={onFile} onSampleError={onSampleError} samples={[]} sizeProblem={async () => null} />
      </FluentProvider>,
    );
    const { file, arrayBuffer } = fakeFile("weg.xlsx", 10);
    arrayBuffer.mockRejectedValueOnce(new DOMException("A requested file could not be read", "NotReadableError"));
    fireEvent.change(fileInput(container), { target: { files: [file] } });
    await waitFor(() =>
      expect(onSampleError).toHaveBeenCalledWith(
        "weg.xlsx kon niet worden gelezen: het bestand kon niet worden geopend.",
      ),
    );
    expect(onFile).not.toHaveBeenCalled();
  });
});
