import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

/**
 * A tiny static file server on 127.0.0.1 for the production build (dist/), used by the end-to-end
 * tests and the benchmark: plain HTTP on a random port. Nothing but files under `root` is served,
 * and the few files outside it that `extra` names (a test's own helpers, like axe-core).
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>", without a trailing slash: the pages' origin. */
  url: string;
  close: () => Promise<void>;
}

/** `extra` maps URL paths ("/__test__/axe.min.js") to files outside the root. */
export async function serveStatic(root: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("ongeldig adres");
      return;
    }
    let file = Object.prototype.hasOwnProperty.call(extra, path) ? extra[path] : undefined;
    if (!file) {
      const candidate = normalize(join(base, path === "/" ? "taskpane.html" : path));
      if (candidate !== base && !candidate.startsWith(base + sep)) {
        response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("niet toegestaan");
        return;
      }
      file = candidate;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("niet gevonden");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections(); // keep-alive connections of a browser would hold close() up
      }),
  };
}
