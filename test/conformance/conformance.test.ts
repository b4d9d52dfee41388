// Differential conformance: every program under cases/ must print exactly what CPython 3.12.1
// printed (expected/, recorded by regen.mjs) and exit with the same status, unless it is
// listed in known-failures.txt. A listed case that passes fails the run too, so the list only
// shrinks on purpose. UPDATE_KNOWN_FAILURES=1 rewrites the list from the current results.
import { describe, it, expect, afterAll } from "vitest";
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runProgram, ROOT } from "../helpers/run.js";

const HERE = join(ROOT, "test/conformance");
const CASES = join(HERE, "cases");
const EXPECTED = join(HERE, "expected");
const KNOWN = join(HERE, "known-failures.txt");
// The shared oracle's examples, vendored (test/oracle/, refreshed from ../shared/oracle with
// its regen.sh) so a machine without the shared folder still runs them.
const ORACLE = join(ROOT, "test/oracle/examples");

function findCases(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith("_")) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findCases(full));
    else if (name.endsWith(".py")) out.push(full);
  }
  return out;
}

function readKnown(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(KNOWN)) return known;
  for (const line of readFileSync(KNOWN, "utf8").split("\n")) {
    const t = line.trim();
    if (!t || t.startsWith("#")) continue;
    const [id, ...reason] = t.split(/\s+#\s*/);
    known.set(id.trim(), reason.join(" # "));
  }
  return known;
}

const known = readKnown();
const results = new Map<string, string | null>(); // id -> failure reason, null when passing

function describeFailure(got: { stdout: string; exitCode: number; errorType?: string; stderr: string; timedOut: boolean }, want: string, wantExit: number): string {
  if (got.timedOut) return "timeout";
  const lastErr = got.stderr.trim().split("\n").pop() ?? "";
  if (got.exitCode !== wantExit && got.errorType) return `raises ${lastErr.slice(0, 120)}`;
  if (got.exitCode !== wantExit) return `exit ${got.exitCode}, expected ${wantExit}`;
  const g = got.stdout.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `stdout line ${i + 1}: ${JSON.stringify((g[i] ?? "<missing>").slice(0, 60))} != ${JSON.stringify((w[i] ?? "<missing>").slice(0, 60))}`;
  }
  return "differs";
}

interface Case {
  id: string;
  file: string;
  expectedOut: string;
  expectedExit: number;
}

const cases: Case[] = findCases(CASES).map((file) => {
  const id = relative(CASES, file);
  const base = join(EXPECTED, id.replace(/\.py$/, ""));
  return {
    id,
    file,
    expectedOut: readFileSync(base + ".out", "utf8"),
    expectedExit: Number(readFileSync(base + ".exit", "utf8").trim()),
  };
});

for (const name of readdirSync(ORACLE).sort()) {
  if (!name.endsWith(".py")) continue;
  const file = join(ORACLE, name);
  cases.push({
    id: "oracle/" + name,
    file,
    expectedOut: readFileSync(file.replace(/\.py$/, ".out"), "utf8"),
    expectedExit: -1, // the oracle records stdout only
  });
}

describe("conformance with CPython 3.12.1", () => {
  it("has at least 400 cases of our own", () => {
    expect(cases.filter((c) => !c.id.startsWith("oracle/")).length).toBeGreaterThanOrEqual(400);
  });

  it("runs all 36 oracle examples", () => {
    expect(cases.filter((c) => c.id.startsWith("oracle/")).length).toBe(36);
  });

  for (const c of cases) {
    it(c.id, async () => {
      const got = await runProgram(c.file);
      const ok = got.stdout === c.expectedOut && (c.expectedExit < 0 || got.exitCode === c.expectedExit) && !got.timedOut;
      results.set(c.id, ok ? null : describeFailure(got, c.expectedOut, c.expectedExit < 0 ? got.exitCode : c.expectedExit));
      if (known.has(c.id)) {
        expect(ok, `${c.id} is listed in known-failures.txt but now passes: remove it from the list`).toBe(false);
      } else {
        expect(got.stdout).toBe(c.expectedOut);
        if (c.expectedExit >= 0) expect(got.exitCode).toBe(c.expectedExit);
      }
    });
  }

  afterAll(() => {
    if (!process.env.UPDATE_KNOWN_FAILURES) return;
    const lines = ["# Conformance cases that do not match CPython yet: id  # reason (regenerate with UPDATE_KNOWN_FAILURES=1)"];
    // a case already listed keeps its hand-written reason
    for (const [id, reason] of [...results].sort()) if (reason !== null) lines.push(`${id}  # ${known.get(id) || reason}`);
    writeFileSync(KNOWN, lines.join("\n") + "\n");
  });
});
