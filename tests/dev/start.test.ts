import { ChildProcess, spawn } from "child_process";
import { request } from "https";
import { join } from "path";

/**
 * `npm start` on a machine without Excel (this one, and CI): it must serve the add-in over HTTPS
 * on https://localhost:3000 and say how to sideload, not fail.
 */
const root = join(__dirname, "../..");

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

describe("npm start without Excel", () => {
  let child: ChildProcess | undefined;
  let output = "";

  afterAll(() => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  });

  it("serves the pane, the functions and the manifest over HTTPS and prints how to sideload", async () => {
    child = spawn(process.execPath, [join(root, "src/dev/start.mjs")], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const deadline = Date.now() + 170_000;
    let page: { status: number; body: string } | undefined;
    while (Date.now() < deadline) {
      try {
        page = await get("https://localhost:3000/taskpane.html");
        if (page.status === 200) break;
      } catch {
        // not up yet
      }
      if (child.exitCode !== null) throw new Error(`npm start stopped:\n${output}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(page?.status).toBe(200);
    expect(page?.body).toContain('<div id="root">');
    const metadata = await get("https://localhost:3000/functions.json");
    expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toEqual([
      "FTE",
      "VERDEEL",
      "CHECKREALLOC",
    ]);
    expect((await get("https://localhost:3000/manifest.xml")).body).toContain(
      '<DisplayName DefaultValue="IZA Controle"/>',
    );
    expect(output).toMatch(/Sideloaden in Excel op het web/);
  }, 180_000);
});
