import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { fileSizeCheck, openFileDoor } from "../xlsx/file-door";
import { detectHost, HOST_TIMEOUT_MS, type HostInfo } from "./host";

/**
 * Entry of the task pane, and the one place where the adapters are chosen (the composition root):
 * it finds out (time-boxed) whether it runs inside Excel; inside Excel the pane works on the open
 * workbook through the Office.js adapter (src/excel, loaded as a chunk of its own), outside Office
 * it offers to open a .xlsx file in the page (src/xlsx/file-door, whose reader is a chunk of its own).
 * Should Office report Excel only after the time-out (a slow start), the pane switches to Excel then.
 * Everything else in src/taskpane knows only the port (src/ports).
 */
async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner size="small" label="IZA Controle laden…" />
    </FluentProvider>,
  );
  let inExcel = false;
  const showExcel = async (host: HostInfo) => {
    if (inExcel) return;
    inExcel = true;
    const { createExcelDoor } = await import(/* webpackChunkName: "excel" */ "../excel/excel-door");
    // The file reader too: a file can be chosen as the vastgestelde begroting (read in the page, never uploaded).
    root.render(<App key="excel" host={host} door={createExcelDoor()} openFile={openFileDoor} />);
  };
  const host = await detectHost(HOST_TIMEOUT_MS, (late) => void showExcel(late));
  if (host.inExcel) await showExcel(host);
  else if (!inExcel) root.render(<App key="file" host={host} openFile={openFileDoor} sizeProblem={fileSizeCheck} />);
}

void start();
