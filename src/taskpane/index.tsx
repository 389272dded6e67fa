import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost, HOST_TIMEOUT_MS, type HostInfo } from "./host";

/**
 * Entry of the task pane. Finds out (time-boxed) whether it runs inside Excel; inside Excel the
 * pane works on the open workbook through the Office.js adapter (loaded as a chunk of its own),
 * outside Office it offers to open a .xlsx file in the page. Should Office report Excel only after
 * the time-out (a slow start), the pane switches to Excel then.
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
    root.render(<App key="excel" host={host} door={createExcelDoor()} />);
  };
  const host = await detectHost(HOST_TIMEOUT_MS, (late) => void showExcel(late));
  if (host.inExcel) await showExcel(host);
  else if (!inExcel) root.render(<App key="file" host={host} />);
}

void start();
