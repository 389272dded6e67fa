/**
 * A production build without IZA_ADDIN_URL must not silently ship a placeholder host in
 * dist/manifest.xml: it still builds (CI and npm test build dist/ without it), and says so loudly.
 */
const config = require("../../webpack.config.js") as {
  productionUrl: () => string;
  PLACEHOLDER_URL: string;
};

describe("the host of the production manifest (IZA_ADDIN_URL)", () => {
  const saved = process.env.IZA_ADDIN_URL;
  let written: string;
  let spy: jest.SpyInstance;
  beforeEach(() => {
    written = "";
    spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    spy.mockRestore();
    if (saved === undefined) delete process.env.IZA_ADDIN_URL;
    else process.env.IZA_ADDIN_URL = saved;
  });

  it("without it: the placeholder, with a Dutch warning on stderr that names it and says how to build", () => {
    delete process.env.IZA_ADDIN_URL;
    expect(config.productionUrl()).toBe(config.PLACEHOLDER_URL);
    expect(written).toContain("LET OP: IZA_ADDIN_URL is niet gezet");
    expect(written).toContain(config.PLACEHOLDER_URL);
    expect(written).toMatch(/niet uit te rollen.*\n.*IZA_ADDIN_URL=https:\/\/.*npm run build/s);
  });

  it("with an HTTPS URL ending in /: that URL, and nothing said", () => {
    process.env.IZA_ADDIN_URL = "https://iza.venlo.nl/controle/";
    expect(config.productionUrl()).toBe("https://iza.venlo.nl/controle/");
    expect(written).toBe("");
  });

  it.each(["http://iza.venlo.nl/", "https://iza.venlo.nl", "iza.venlo.nl/"])(
    "refuses %p with a Dutch message",
    (url) => {
      process.env.IZA_ADDIN_URL = url;
      expect(() => config.productionUrl()).toThrow(/IZA_ADDIN_URL moet een HTTPS-adres zijn dat eindigt op "\/"/);
    },
  );
});
