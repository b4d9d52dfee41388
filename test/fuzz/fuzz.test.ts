// Bad input never crashes the host: random token soups and mutated real programs (seeded,
// FUZZ_CASES per run, default 10,000) must each end as a normal Python outcome (success, an
// exception, SystemExit, MemoryError, interrupt), never as a wasm trap or a JS exception.
// Set FUZZ_SEED to explore other inputs; a failure prints the seed and the offending source.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterpreter, WasmTrapError, type Interpreter } from "../../src/index.js";
import { wasmModule, ROOT, GC_STRESS } from "../helpers/run.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
// A program is stopped after this many budget polls (each ~10,000 backward jumps or calls):
// counting polls instead of milliseconds keeps a seed's run the same on any machine.
const POLLS_PER_CASE = 30;
const WALL_CLOCK_GUARD_MS = 10_000;

// mulberry32: small, seedable, good enough to pick mutations.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".py")) out.push(readFileSync(full, "utf8"));
    }
  };
  walk(join(ROOT, "test/conformance/cases"));
  walk(join(ROOT, "test/oracle/examples"));
  return out;
}

const TOKENS = [
  "def ", "class ", "if ", "elif ", "else:", "while ", "for ", " in ", "try:", "except ", "finally:", "with ",
  "as ", "return ", "yield ", "yield from ", "lambda ", "import ", "from ", "global ", "nonlocal ", "del ",
  "pass", "break", "continue", "raise ", "assert ", "async ", "await ", "match ", "case ", "not ", " and ",
  " or ", " is ", "None", "True", "False", "...", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=",
  "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "~", "<<", ">>",
  ":=", "->", "+=", "*=", "\n", "\n    ", "\n\t", "\\\n", "#c\n", "x", "y", "f", "self", "__init__", "0",
  "1", "123_456", "0x1f", "1e308", "1e-400", "3j", "0.5", "'s'", '"d"', "'''t'''", "f'{x}'", "f'{x!r:>{w}}'",
  "b'b'", "r'\\d'", "'\\N{BULLET}'", "'\\x'", "\u00e9", "\ud83d\udc0d", "\u0000", "\ud800", "print(", "range(",
  "len(", "*", "**", "[x for x in y]", "{k: v for k, v in z}", "(yield)", "super()", "__class__",
];

function tokenSoup(r: () => number): string {
  let s = "";
  const n = 1 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) s += TOKENS[Math.floor(r() * TOKENS.length)];
  return s;
}

function mutate(src: string, r: () => number): string {
  let s = src;
  const rounds = 1 + Math.floor(r() * 4);
  for (let k = 0; k < rounds; k++) {
    const i = Math.floor(r() * (s.length + 1));
    const j = Math.min(s.length, i + Math.floor(r() * 40));
    switch (Math.floor(r() * 7)) {
      case 0: s = s.slice(0, i) + s.slice(j); break;
      case 1: s = s.slice(0, i) + s.slice(i, j) + s.slice(i); break;
      case 2: s = s.slice(0, i) + TOKENS[Math.floor(r() * TOKENS.length)] + s.slice(i); break;
      case 3: s = s.slice(0, i); break;
      case 4: s = s.slice(0, i) + String.fromCharCode(Math.floor(r() * 0x3000)) + s.slice(i + 1); break;
      case 5: {
        const lines = s.split("\n");
        const a = Math.floor(r() * lines.length);
        const b = Math.floor(r() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        s = lines.join("\n");
        break;
      }
      default: s = s.replace(/\n(\s*)/g, (m, ws: string) => (r() < 0.1 ? "\n" + ws.slice(1) : m));
    }
  }
  return s;
}

describe("fuzz: no input crashes the host", () => {
  it(`survives ${CASES} random and mutated programs (seed ${SEED})`, async () => {
    const r = rng(SEED);
    const sources = corpus();
    const module = await wasmModule();
    let polls = 0;
    let deadline = 0;
    const fresh = () =>
      createInterpreter({ wasm: module, memoryLimit: 64 << 20, gcStress: GC_STRESS, interrupt: () => ++polls > POLLS_PER_CASE || Date.now() > deadline });
    let py: Interpreter = await fresh();
    const outcomes = new Map<string, number>();
    for (let n = 0; n < CASES; n++) {
      const src = r() < 0.3 ? tokenSoup(r) : mutate(sources[Math.floor(r() * sources.length)], r);
      polls = 0;
      deadline = Date.now() + WALL_CLOCK_GUARD_MS;
      let kind: string;
      try {
        const res = py.run(src, "<fuzz>");
        kind = res.error ? res.error.type : `exit ${res.exitCode}`;
      } catch (e) {
        const what = e instanceof WasmTrapError ? "wasm trap" : "JS exception";
        const where = e instanceof Error && e.cause instanceof Error ? e.cause.stack : "";
        expect.fail(`${what} on case ${n} (seed ${SEED}): ${String(e)}\n${where}\n--- source ---\n${src}\n--------------`);
      }
      outcomes.set(kind!, (outcomes.get(kind!) ?? 0) + 1);
      // a fresh interpreter now and then keeps one program's leftovers from dominating
      if (n % 500 === 499) py = await fresh();
    }
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
  }, 900_000);
});
