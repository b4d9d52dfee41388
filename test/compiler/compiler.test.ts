/*
 * Conformance of the compiler (assembly/compiler/) with CPython 3.12.1's.
 *
 * fixtures.json holds, for every snippet of corpus.py and every example program of
 * test/oracle/examples, CPython's AST of it and the normalised disassembly of the code
 * objects CPython 3.12.1 builds (or the SyntaxError it raises after parsing); regen.py
 * re-records it. The harness test/asm/compiler.entry.ts, compiled here with the
 * AssemblyScript compiler API, compiles every case twice and dumps the result in the same
 * format: from source through our parser (the real pipeline), and from CPython's own AST
 * (the compiler alone, whatever the parser does). Every instruction (opcode, argument,
 * source span), the exception table, constants, names, locals and their kinds, flags,
 * argument counts and stack size must match.
 *
 * known-differences.txt lists cases allowed to differ (name, then the reason); a listed case
 * that starts to match fails too, so the list only shrinks deliberately.
 */
import { describe, it, expect, beforeAll } from "vitest";
import asc from "assemblyscript/asc";
import { readFileSync, mkdirSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const OUT_DIR = path.join(ROOT, "build/test");

interface Case {
  source: string;
  mode: string;
  optimize: number;
  ast: string;
  dump: string;
}

const FIXTURES: { python: string; cases: Record<string, Case> } = JSON.parse(
  readFileSync(path.join(HERE, "fixtures.json"), "utf8"),
);

function loadKnownDifferences(): Map<string, string> {
  const known = new Map<string, string>();
  const file = path.join(HERE, "known-differences.txt");
  if (!existsSync(file)) return known;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const space = line.indexOf(" ");
    known.set(space < 0 ? line : line.slice(0, space), space < 0 ? "" : line.slice(space + 1).trim());
  }
  return known;
}

const KNOWN = loadKnownDifferences();

async function compileHarness(): Promise<Uint8Array> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outFile = path.join(OUT_DIR, "compiler.wasm");
  const stderr = asc.createMemoryStream();
  const { error } = await asc.main(
    [
      "test/asm/compiler.entry.ts",
      "--outFile", outFile,
      "--runtime", "minimal",
      "--exportRuntime",
      "--debug",
      "--uncheckedBehavior", "never",
    ],
    {
      stderr,
      // Compile with exactly these flags: the project's asconfig.json targets the VM.
      readFile: async (name: string, baseDir: string) => {
        if (name === "asconfig.json") return null;
        try {
          return await readFile(path.resolve(baseDir, name), "utf8");
        } catch {
          return null;
        }
      },
    } as any,
  );
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr.toString()}`);
  return readFileSync(outFile);
}

interface Exports {
  memory: WebAssembly.Memory;
  __new(size: number, id: number): number;
  compileSerializedAst(ast: number, filename: number, optimize: number): number;
  compileSource(source: number, filename: number, mode: number, optimize: number): number;
}

const STRING_ID = 2; // AssemblyScript's class id of String

class Harness {
  private exports!: Exports;

  constructor(binary: Uint8Array) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {
      env: {
        abort: (msg: number, file: number, line: number, col: number) => {
          throw new Error(`abort: ${this.readString(msg)} at ${this.readString(file)}:${line}:${col}`);
        },
        trace: () => {},
        seed: () => 0,
      },
    });
    this.exports = instance.exports as unknown as Exports;
  }

  private newString(s: string): number {
    const ptr = this.exports.__new(s.length << 1, STRING_ID) >>> 0;
    const units = new Uint16Array(this.exports.memory.buffer, ptr, s.length);
    for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
    return ptr;
  }

  readString(ptr: number): string {
    if (!ptr) return "";
    const buffer = this.exports.memory.buffer;
    const bytes = new Uint32Array(buffer)[(ptr - 4) >>> 2];
    return new TextDecoder("utf-16le").decode(new Uint8Array(buffer, ptr, bytes));
  }

  compileAst(ast: string, filename: string, optimize = 0): string {
    const ptr = this.exports.compileSerializedAst(this.newString(ast), this.newString(filename), optimize);
    return this.readString(ptr);
  }

  compileSource(source: string, filename: string, mode: string, optimize = 0): string {
    const ptr = this.exports.compileSource(this.newString(source), this.newString(filename), this.newString(mode), optimize);
    return this.readString(ptr);
  }
}

// The first differing lines, for a readable failure message.
function firstDifferences(expected: string, actual: string, limit = 12): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit * 2; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}\n  cpython: ${a[i] ?? "<none>"}\n  ours:    ${b[i] ?? "<none>"}`);
  }
  return out.join("\n");
}

let harness: Harness;

beforeAll(async () => {
  harness = new Harness(await compileHarness());
}, 120_000);

describe(`compiler matches CPython ${FIXTURES.python}`, () => {
  it("records fixtures from CPython 3.12.1", () => {
    expect(FIXTURES.python).toBe("3.12.1");
  });

  for (const [name, c] of Object.entries(FIXTURES.cases)) {
    const known = KNOWN.get(name);
    const label = known === undefined ? name : `${name} (known difference: ${known})`;
    const check = (got: string, how: string) => {
      if (known === undefined) {
        if (got !== c.dump) expect.fail(`${name} (${how}) differs from CPython:\n${firstDifferences(c.dump, got)}`);
      } else {
        expect(got, `${name} (${how}) now matches CPython: remove it from known-differences.txt`).not.toBe(c.dump);
      }
    };
    // The harness keeps no state between calls except allocations (the minimal runtime
    // never collects), so one instance serves every case.
    const opt = c.optimize ?? 0;
    it(`${label} [source]`, () => check(harness.compileSource(c.source, name, c.mode ?? "exec", opt), "from source"));
    it(`${label} [CPython AST]`, () => check(harness.compileAst(c.ast, name, opt), "from CPython's AST"));
  }

  it("reports a RecursionError for expressions nested deeper than CPython compiles", () => {
    // x = a + a + ... as a left-nested BinOp chain, in regen.py's AST format
    const chain = (n: number) => {
      let e = 'Name 1 4 1 5 "1:a 0';
      for (let i = 1; i < n; i++) e = `BinOp 1 4 1 ${6 + 2 * i} ${e} 0 Name 1 ${4 + 2 * i} 1 ${5 + 2 * i} "1:a 0`;
      return `Module [ Assign 1 0 1 ${4 + 2 * n} [ Name 1 0 1 1 "1:x 1 ] ${e} ]`;
    };
    expect(harness.compileAst(chain(2500), "deep")).toMatch(/^== <module>/);
    expect(harness.compileAst(chain(3500), "deep")).toBe(
      "error: kind 3 maximum recursion depth exceeded during compilation\n".trimEnd(),
    );
  });

  it("lists only existing cases as known differences", () => {
    for (const name of KNOWN.keys()) expect(FIXTURES.cases[name], name).toBeDefined();
  });
});
