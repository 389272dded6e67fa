const path = require("path");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { FinishFunctionsMetadataPlugin } = require("./src/dev/functions-metadata.cjs");

/** Where the add-in is served during development; the manifest in the repo uses this origin. */
const urlDev = "https://localhost:3000/";
/** The host a production build without IZA_ADDIN_URL puts in dist/manifest.xml: a placeholder. */
const PLACEHOLDER_URL = "https://iza-addin.example.nl/";

/**
 * Where `npm run build` points the manifest: IZA_ADDIN_URL, your HTTPS host ending in "/". Without
 * it the build still succeeds (CI and `npm test` build and test dist/ without it), but it says
 * loudly, in Dutch on stderr, that dist/manifest.xml names a placeholder host that cannot be
 * deployed. A value that is not an HTTPS URL ending in "/" stops the build.
 */
function productionUrl() {
  const url = process.env.IZA_ADDIN_URL;
  if (!url) {
    process.stderr.write(
      [
        "",
        "LET OP: IZA_ADDIN_URL is niet gezet.",
        `  dist/manifest.xml wijst daarom naar de plaatsaanduiding ${PLACEHOLDER_URL}`,
        "  Dat manifest is niet uit te rollen. Bouw voor uitrol met bijvoorbeeld:",
        "  IZA_ADDIN_URL=https://uw-server.example/iza/ npm run build",
        "",
      ].join("\n") + "\n",
    );
    return PLACEHOLDER_URL;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== "https:" || !url.endsWith("/")) {
    throw new Error(`IZA_ADDIN_URL moet een HTTPS-adres zijn dat eindigt op "/" (nu "${url}")`);
  }
  return url;
}

/**
 * The syntax the functions bundle may use. On Windows the custom functions run in Excel's
 * JavaScript-only runtime, not a browser (office-js-docs-pr, docs/excel/custom-functions-runtime.md);
 * one syntax error there stops all three functions (#NAME?). So functions.js is ES2017 (no `?.`,
 * `??`, BigInt literals or class fields), checked on the built file by tests/functions/bundle.test.ts.
 * The pane keeps modern syntax: it runs in Edge WebView2, Safari and browsers.
 */
const FUNCTIONS_TARGET = "ES2017";
/** What webpack's own runtime code may use in the same bundles (ES2017; no ES2020 features). */
const ES2017_ENVIRONMENT = {
  arrowFunction: true,
  asyncFunction: true,
  bigIntLiteral: false,
  const: true,
  destructuring: true,
  dynamicImport: false,
  dynamicImportInWorker: false,
  forOf: true,
  globalThis: false,
  module: false,
  optionalChaining: false,
  templateLiteral: true,
};

/** The pages' Content-Security-Policy: own origin, plus Microsoft's office.js where the host needs it. */
const officeJsOrigin = "https://appsforoffice.microsoft.com";
const csp = [
  "default-src 'self'",
  `script-src 'self' ${officeJsOrigin}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${officeJsOrigin}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function page(name, chunks, title) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/pages/${name}.html`,
    chunks,
    title,
    templateParameters: { csp, officeJsOrigin },
  });
}

function webConfig(dev) {
  // The host the production manifest and the functions' help links point at (asked once).
  const production = dev ? null : productionUrl();
  return {
    name: "web",
    devtool: "source-map", // never eval: the pages' CSP forbids it
    entry: {
      // its own layer: every module the functions import is compiled a second time, to ES2017
      functions: { import: "./src/functions/functions.ts", layer: "functions" },
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/pages/commands.ts",
      handleiding: "./src/handleiding/index.ts",
    },
    experiments: { layers: true },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
      environment: ES2017_ENVIRONMENT,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          oneOf: [
            {
              issuerLayer: "functions",
              use: {
                loader: "ts-loader",
                options: {
                  instance: "functions",
                  transpileOnly: true,
                  compilerOptions: { target: FUNCTIONS_TARGET },
                },
              },
            },
            { use: { loader: "ts-loader", options: { transpileOnly: true } } },
          ],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FinishFunctionsMetadataPlugin("functions.json", production ? { from: urlDev, to: production } : undefined),
      page("functions", ["functions"], "IZA functies"),
      page("taskpane", ["taskpane"], "IZA Controle"),
      page("commands", ["commands"], "IZA opdrachten"),
      page("handleiding", ["handleiding"], "IZA Controle — handleiding"),
      new webpack.DefinePlugin({
        "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production"),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "assets/*.xlsx",
            to: "assets/[name][ext]",
            noErrorOnMissing: true,
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), production)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": csp,
      },
      host: "localhost", // the development server is for this machine only
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: false, webSocketURL: "auto://0.0.0.0:0/ws" },
    },
  };
}

/** The command line (`iza-controle`) and the sample generator, for Node; packages stay external. */
function cliConfig() {
  return {
    name: "cli",
    target: "node20",
    devtool: false,
    entry: {
      "iza-controle": "./src/cli/iza-controle.ts",
      "make-samples": "./src/samples/make-samples.ts",
      bench: "./src/bench/bench.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    externals: [
      ({ request }, callback) =>
        /^[a-z@][^:]*$/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback(),
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({
        banner: "#!/usr/bin/env node",
        raw: true,
        entryOnly: true,
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const web = webConfig(dev);
  if (env && env.WEBPACK_SERVE) {
    const { httpsOptions } = require("./src/dev/https-options.cjs");
    web.devServer.server = { type: "https", options: await httpsOptions() };
  }
  return [web, cliConfig()];
};

/** For tests/manifest/production-url.test.ts. */
module.exports.productionUrl = productionUrl;
module.exports.PLACEHOLDER_URL = PLACEHOLDER_URL;
