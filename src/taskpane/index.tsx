import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost } from "./host";

/**
 * Entry of the task pane. Finds out (time-boxed) whether it runs inside Excel; inside Excel the
 * pane works on the open workbook through the Office.js adapter (loaded as a chunk of its own),
 * outside Office it offers to open a .xlsx file in the page.
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
    root.render(<App host={host} />);
  }
}

void start();
