const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

/** Where the add-in is served during development; the manifest in the repo uses this origin. */
const urlDev = "https://localhost:3000/";
/** Where `npm run build` points the manifest: set IZA_ADDIN_URL to your HTTPS host (ending in /). */
const urlProd = process.env.IZA_ADDIN_URL || "https://iza-addin.example.nl/";

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
  return {
    name: "web",
    devtool: "source-map", // never eval: the pages' CSP forbids it
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/pages/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      page("functions", ["functions"], "IZA functies"),
      page("taskpane", ["taskpane"], "IZA Controle"),
      page("commands", ["commands"], "IZA opdrachten"),
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
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd)),
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
