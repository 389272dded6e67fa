/* global Office */
// The ribbon button only opens the task pane (ShowTaskpane); this page exists because the
// manifest's FunctionFile is required. It registers nothing else.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
