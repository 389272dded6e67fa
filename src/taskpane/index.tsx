import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { fileSizeCheck, openFileDoor } from "../xlsx/file-door";
import { detectHost } from "./host";

/**
 * Entry of the task pane, and the one place where the adapters are chosen (the composition root):
 * it finds out (time-boxed) whether it runs inside Excel; inside Excel the pane works on the open
 * workbook through the Office.js adapter (src/excel, loaded as a chunk of its own), outside Office
 * it offers to open a .xlsx file in the page (src/xlsx/file-door, whose reader is a chunk of its own).
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
  const host = await detectHost();
  if (host.inExcel) {
    const { createExcelDoor } = await import(/* webpackChunkName: "excel" */ "../excel/excel-door");
    root.render(<App host={host} door={createExcelDoor()} />);
  } else {
    root.render(<App host={host} openFile={openFileDoor} sizeProblem={fileSizeCheck} />);
  }
}

void start();
