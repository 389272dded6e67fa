import { ChildProcess, execFile, spawn } from "child_process";
import { readFileSync } from "fs";
import { request } from "https";
import { createConnection, createServer } from "net";
import { join } from "path";

/**
 * `npm start` on a machine without Excel (this one, and CI): it must serve the add-in over HTTPS
 * and say how to sideload, not fail; and it must stop with everything it started when asked (Ctrl+C,
 * SIGTERM to npm, `npm stop`). Each test serves on a free port (IZA_DEV_PORT), so that runs side by
 * side do not collide; each start runs in its own process group, so "nothing left" can be checked.
 */
const root = join(__dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "localhost" });
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Some process of the group is still there. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`${what} (na ${ms / 1000} s)\n${log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

const started: Started[] = [];

/** `npm start` (through npm, or start.mjs directly) on a free port, in its own process group. */
async function start(viaNpm: boolean): Promise<Started> {
  const port = await freePort();
  const [command, args] = viaNpm ? [npm, ["start"]] : [process.execPath, [join(root, "src/dev/start.mjs")]];
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    env: { ...process.env, IZA_DEV_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const s = { child, port, output: () => output };
  started.push(s);
  await until(`npm start luistert niet op poort ${port}`, () => accepts(port), 120_000, s.output);
  return s;
}

/** After a stop: no process of the start is left and the port is free again. */
async function expectGone(s: Started): Promise<void> {
  await until("npm start laat processen achter", () => !groupAlive(s.child.pid!), 20_000, s.output);
  expect(await accepts(s.port)).toBe(false);
}

/** `npm stop` for the start on `port`; asynchronous, so that the start's output keeps flowing. */
function npmStop(port: number): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, IZA_DEV_PORT: String(port) };
    execFile(process.execPath, [join(root, "src/dev/stop.mjs")], { cwd: root, env }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

afterAll(() => {
  for (const s of started) {
    try {
      process.kill(-s.child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("npm start without Excel", () => {
  it("serves the pane, the functions and the manifest over HTTPS, says how to sideload, and stops with SIGTERM to npm", async () => {
    const s = await start(true);
    const base = `https://localhost:${s.port}`;
    let page: { status: number; body: string } | undefined;
    await until(
      "het taakvenster komt niet",
      async () => {
        page = await get(`${base}/taskpane.html`).catch(() => undefined);
        return page?.status === 200;
      },
      170_000,
      s.output,
    );
    expect(page?.body).toContain('<div id="root">');
    const metadata = await get(`${base}/functions.json`);
    expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toEqual([
      "FTE",
      "VERDEEL",
      "CHECKREALLOC",
    ]);
    expect((await get(`${base}/manifest.xml`)).body).toContain('<DisplayName DefaultValue="IZA Controle"/>');
    expect(s.output()).toContain(`${base}/taskpane.html`);
    expect(s.output()).toMatch(/Sideloaden in Excel op het web/);
    // The README section the message points to is there under that name.
    const section = /\(README, ([^)]+)\)/.exec(s.output())?.[1];
    expect(section).toBeDefined();
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`\n## ${section}\n`);

    // npm passes SIGTERM to its shell only; the server and webpack must still go.
    process.kill(s.child.pid!, "SIGTERM");
    await expectGone(s);
  }, 300_000);

  it("stops with its children on Ctrl+C (SIGINT to the terminal's process group)", async () => {
    const s = await start(false);
    process.kill(-s.child.pid!, "SIGINT");
    await expectGone(s);
    expect(s.child.exitCode).toBe(0);
  }, 180_000);

  it("npm stop stops a running npm start, and says what to do when none runs", async () => {
    const s = await start(false);
    const stop = await npmStop(s.port);
    expect(stop.stdout).toContain(`Ontwikkelserver gestopt: https://localhost:${s.port}`);
    expect(stop.status).toBe(0);
    await expectGone(s);

    const again = await npmStop(s.port);
    expect(again.status).toBe(0);
    let debugging = true;
    try {
      require.resolve("office-addin-debugging/package.json", { paths: [root] });
    } catch {
      debugging = false;
    }
    if (!debugging) {
      expect(again.stdout).toContain("Er draait geen ontwikkelserver van npm start in deze map.");
      expect(again.stdout).toContain("office-addin-debugging (optioneel) is niet geïnstalleerd");
    }
  }, 180_000);
});
