describe("the functions module", () => {
  it("imports in Node with only the CustomFunctions stub: no Office, no associate at import time", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    jest.isolateModules(() => {
      const functions = require("../../src/functions/functions");
      expect(Object.keys(functions).sort()).toEqual(["checkRealloc", "fte", "verdeel"]);
    });
  });
});
