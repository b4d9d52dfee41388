// The `sidewinder` command behaves like `python3 FILE.py` / `python3 -c CODE`.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/run.js";

const BIN = join(ROOT, "bin/sidewinder.js");

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("sidewinder CLI", () => {
  it("runs a file with argv and imports beside it", () => {
    const dir = mkdtempSync(join(tmpdir(), "sw-"));
    writeFileSync(join(dir, "util.py"), "def twice(x):\n    return 2 * x\n");
    writeFileSync(join(dir, "main.py"), "import sys, util\nprint(sys.argv[1:], util.twice(21))\n");
    const r = cli(["run", join(dir, "main.py"), "a", "b"]);
    expect(r.stdout).toBe("['a', 'b'] 42\n");
    expect(r.status).toBe(0);
  });

  it("runs -c code", () => {
    const r = cli(["-c", "import sys; print(sys.argv)", "x"]);
    expect(r.stdout).toBe("['-c', 'x']\n");
  });

  it("prints the traceback to stderr and exits 1 on an uncaught exception", () => {
    const r = cli(["-c", "raise ValueError('bad')"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Traceback (most recent call last):");
    expect(r.stderr.trimEnd().split("\n").pop()).toBe("ValueError: bad");
  });

  it("exits with sys.exit's status", () => {
    expect(cli(["-c", "import sys; sys.exit(7)"]).status).toBe(7);
  });

  it("runs the README example", () => {
    const r = cli(["run", "examples/hello.py"]);
    expect(r.stdout).toBe("Hello from Sidewinder!\n");
  });
});
