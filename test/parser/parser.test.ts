// Parser conformance against CPython 3.12.1: ast.dump output (with and without
// positions) for valid snippets and the oracle examples, SyntaxError type/message/
// location for invalid snippets (fixtures recorded by regen.py), plus robustness:
// pathological nesting and a seeded fuzz loop that must never trap.
import { describe, it, expect, beforeAll } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileParser, ParserHarness, Mode, type ParseResult } from "./harness";

const HERE = path.dirname(fileURLToPath(import.meta.url));

type ValidFixture = { src: string; mode: string; dump: string; pos: string; file?: string };
type InvalidFixture = {
  src: string;
  mode: string;
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
};

function load<T>(name: string): T[] {
  return JSON.parse(fs.readFileSync(path.join(HERE, "fixtures", name), "utf8")) as T[];
}

const valid = load<ValidFixture>("valid.json");
const examples = load<ValidFixture>("examples.json");
const invalid = load<InvalidFixture>("invalid.json");

function modeOf(m: string): Mode {
  return m === "eval" ? Mode.Eval : m === "single" ? Mode.Single : Mode.Exec;
}

function label(src: string): string {
  const s = JSON.stringify(src);
  return s.length > 70 ? s.slice(0, 67) + "..." : s;
}

function errorTuple(r: ParseResult): unknown[] {
  if (r.ok) return ["no error", r.dump.slice(0, 200)];
  return [r.type, r.msg, r.lineno, r.offset, r.end_lineno, r.end_offset];
}

let parser: ParserHarness;

beforeAll(async () => {
  parser = new ParserHarness(await compileParser());
}, 120_000);

describe("valid snippets match ast.dump", () => {
  it.each(valid.map((f) => [label(f.src) + " [" + f.mode + "]", f] as const))("%s", (_name, f) => {
    const r = parser.parse(f.src, modeOf(f.mode), false);
    expect(r.ok ? r.dump : errorTuple(r)).toBe(f.dump);
    const p = parser.parse(f.src, modeOf(f.mode), true);
    expect(p.ok ? p.dump : errorTuple(p)).toBe(f.pos);
  });
});

describe("oracle examples match ast.dump", () => {
  it.each(examples.map((f) => [f.file!, f] as const))("%s", (_name, f) => {
    const p = parser.parse(f.src, Mode.Exec, true);
    expect(p.ok ? p.dump : errorTuple(p)).toBe(f.pos);
  });
});

describe("invalid snippets raise CPython's SyntaxError", () => {
  it.each(invalid.map((f) => [label(f.src) + " [" + f.mode + "]", f] as const))("%s", (_name, f) => {
    const r = parser.parse(f.src, modeOf(f.mode), false);
    // CPython reports a missing location as None; the parser reports 0.
    expect(errorTuple(r)).toEqual([
      f.type,
      f.msg,
      f.lineno ?? 0,
      f.offset ?? 0,
      f.end_lineno ?? 0,
      f.end_offset ?? 0,
    ]);
  });
});

describe("robustness", () => {
  const deep: Array<[string, string, string | null]> = [
    ["unary minus", "-".repeat(5000) + "1", "too many nested expressions: Python source too complex to parse"],
    ["not", "not ".repeat(5000) + "x", "too many nested expressions: Python source too complex to parse"],
    ["lambda", "lambda:".repeat(5000) + "1", "too many nested expressions: Python source too complex to parse"],
    ["conditional", "x if y else ".repeat(5000) + "z", "too many nested expressions: Python source too complex to parse"],
    ["attribute chain", "a" + ".b".repeat(20000), "too many nested expressions: Python source too complex to parse"],
    ["call chain", "f" + "()".repeat(20000), "too many nested expressions: Python source too complex to parse"],
    ["addition chain", "1" + "+1".repeat(20000), "too many nested expressions: Python source too complex to parse"],
    ["moderate nesting", "-".repeat(1000) + "(" + "not ".repeat(500) + "x)", null],
    ["200 parentheses", "(".repeat(200) + "x" + ")".repeat(200), null],
    ["201 parentheses", "(".repeat(201) + "x" + ")".repeat(201), "too many nested parentheses"],
    ["nested f-strings", "f'{".repeat(200) + "x" + "}'".repeat(200), "too many nested f-strings"],
    ["deep blocks", Array.from({ length: 120 }, (_, i) => " ".repeat(i) + "if x:").join("\n") + "\n" + " ".repeat(120) + "pass", "too many levels of indentation"],
    ["many statements", "x = 1\n".repeat(20000), null],
  ];
  it.each(deep)("%s", (_name, src, message) => {
    const r = parser.parse(src, Mode.Exec, false);
    if (message === null) expect(r.ok).toBe(true);
    else expect(r.ok ? "parsed" : r.msg).toBe(message);
  });

  it("never traps on mutated and random input", () => {
    let state = 0x2545f491;
    const rand = (n: number): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    const pieces = [
      "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "==", "!", "!=", "*", "**",
      "/", "//", "@", "->", "<>", "'", '"', "'''", '"""', "f'", 'f"', "rb'", "\\", "\n", "\r\n", "\t",
      " ", "    ", "#", "{x}", "{x=}", "{x!r:>{w}}", "0x", "1_", "1e", "0777", "1.5j", "é", "€",
      "\u00a0", "\ud800", "\u0000", "\u2028", "\ufeff", "🐍", "if", "else", "elif", "for", "in",
      "while", "def", "class", "lambda", "yield", "await", "async", "match", "case", "_", "type",
      "try", "except", "except*", "finally", "with", "as", "import", "from", "return", "del",
      "global", "nonlocal", "pass", "not", "and", "or", "is", "None", "x", "y", "f(x)", "a.b",
    ];
    const corpus = [...valid.map((f) => f.src), ...invalid.map((f) => f.src)];
    let parsed = 0;
    for (let i = 0; i < 3000; i++) {
      let src: string;
      if (i % 4 === 3) {
        src = "";
        const n = 1 + rand(30);
        for (let k = 0; k < n; k++) src += pieces[rand(pieces.length)] + (rand(3) === 0 ? " " : "");
      } else {
        src = corpus[rand(corpus.length)];
        const edits = 1 + rand(4);
        for (let k = 0; k < edits; k++) {
          const at = rand(src.length + 1);
          const len = rand(6);
          switch (rand(4)) {
            case 0:
              src = src.slice(0, at) + src.slice(at + len);
              break;
            case 1:
              src = src.slice(0, at) + pieces[rand(pieces.length)] + src.slice(at);
              break;
            case 2:
              src = src.slice(0, at) + src.slice(at, at + len).repeat(2) + src.slice(at + len);
              break;
            default:
              src = src.slice(0, at);
              break;
          }
        }
      }
      const mode = rand(8) === 0 ? Mode.Eval : rand(8) === 0 ? Mode.Single : Mode.Exec;
      let r: ParseResult;
      try {
        r = parser.parse(src, mode, true);
      } catch (e) {
        throw new Error(`parser trapped on ${JSON.stringify(src)} (mode ${mode}): ${e}`);
      }
      if (r.ok) {
        parsed++;
        continue;
      }
      expect(["SyntaxError", "IndentationError", "TabError"]).toContain(r.type);
      expect(r.msg.length).toBeGreaterThan(0);
      expect(r.lineno).toBeGreaterThanOrEqual(0);
    }
    expect(parsed).toBeGreaterThan(100);
  });
});
