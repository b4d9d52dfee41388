/*
 * Differential tests for assembly/objects/floatfmt.ts and formatspec.ts. The harness
 * test/asm/floatfmt.entry.ts is compiled with the AssemblyScript compiler API twice (release:
 * -O3 --noAssert; debug: asserts on and every unchecked() checked) and checked against
 * CPython 3.12.1's recorded behaviour in test/unit/fixtures/floatfmt-*.json (re-recorded by
 * floatfmt.regen.py), plus JS BigInt as the oracle for the exponent-logarithm helpers.
 */
import { describe, it, expect, beforeAll } from "vitest";
import asc from "assemblyscript/asc";
import { readFileSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const OUT_DIR = path.join(ROOT, "build/test");

function fixture(name: string): any {
  return JSON.parse(readFileSync(path.join(HERE, "fixtures", `floatfmt-${name}.json`), "utf8"));
}

// ---------------------------------------------------------------------------------------------
// Compiling and calling the harness

async function compile(variant: "release" | "debug"): Promise<BufferSource> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outFile = path.join(OUT_DIR, `floatfmt.${variant}.wasm`);
  const flags = variant === "release"
    ? ["-O3", "--noAssert"]
    : ["--debug", "--uncheckedBehavior", "never"];
  const stderr = asc.createMemoryStream();
  const { error } = await asc.main(
    ["test/asm/floatfmt.entry.ts", "--outFile", outFile, "--runtime", "minimal", ...flags],
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
  return new Uint8Array(readFileSync(outFile));
}

const scratch = new DataView(new ArrayBuffer(8));

function fromBits(hex: string): number {
  scratch.setBigUint64(0, BigInt("0x" + hex));
  return scratch.getFloat64(0);
}

function toBits(x: number): string {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0).toString(16).padStart(16, "0");
}

const STATUS_NAMES = ["ok", "ValueError", "OverflowError"];

class Harness {
  private ex: any;
  private calls = 0;

  constructor(binary: BufferSource) {
    let self: Harness;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {
      env: {
        abort: (msg: number, file: number, line: number, col: number) => {
          throw new Error(`abort: ${self.str(msg)} at ${self.str(file)}:${line}:${col}`);
        },
      },
    });
    self = this;
    this.ex = instance.exports;
  }

  private str(ptr: number): string {
    if (!ptr) return "";
    const buffer = this.ex.memory.buffer as ArrayBuffer;
    const bytes = new Uint32Array(buffer)[(ptr - 4) >>> 2];
    return new TextDecoder("utf-16le").decode(new Uint8Array(buffer, ptr, bytes));
  }

  // Strings are handed over by writing UTF-16 units into the harness's input buffer.
  private put(s: string): number {
    const ptr = this.ex.inputBuffer(s.length);
    const units = new Uint16Array(this.ex.memory.buffer, ptr, s.length);
    for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
    return s.length;
  }

  // The minimal runtime frees nothing by itself; collect now and then so memory stays small.
  private tick(): void {
    if (++this.calls % 2000 === 0) this.ex.collect();
  }

  repr(x: number): string {
    this.tick();
    return this.str(this.ex.repr(x));
  }

  toText(x: number, code: string, precision: number, flags: number): string {
    this.tick();
    return this.str(this.ex.toText(x, code.charCodeAt(0), precision, flags));
  }

  /** [bits, status] */
  parse(s: string): [string, string] {
    this.tick();
    const v = this.ex.parse(this.put(s));
    return [toBits(v), STATUS_NAMES[this.ex.status()]];
  }

  parseLiteral(s: string): string {
    this.tick();
    return toBits(this.ex.parseLiteral(this.put(s)));
  }

  hex(x: number): string {
    this.tick();
    return this.str(this.ex.hex(x));
  }

  fromHex(s: string): [string, string] {
    this.tick();
    const v = this.ex.fromHex(this.put(s));
    return [toBits(v), STATUS_NAMES[this.ex.status()]];
  }

  round(x: number, n: number): [string, string] {
    this.tick();
    const v = this.ex.round(x, n);
    return [toBits(v), STATUS_NAMES[this.ex.status()]];
  }

  log(kind: "log2Pow10" | "log10Pow2" | "log10ThreeQuartersPow2", e: number): number {
    return this.ex[kind](e);
  }

  formatFloat(x: number, spec: string): string {
    this.tick();
    return this.str(this.ex.formatFloat(x, this.put(spec)));
  }

  formatInt(value: bigint, spec: string): string {
    this.tick();
    const type = this.ex.specType(this.put(spec));
    const digits = type < 0 ? "" : intDigits(value, type);
    this.put(spec + digits);
    return this.str(this.ex.formatInt(value < 0n ? 1 : 0, Number(value), spec.length, digits.length));
  }

  formatStr(value: string, spec: string): string {
    this.tick();
    this.put(spec + value);
    return this.str(this.ex.formatStr(spec.length, value.length));
  }

  percentFloat(x: number, flags: number, width: number, precision: number, conv: string): string {
    this.tick();
    return this.str(this.ex.percentFloat(x, flags, width, precision, conv.charCodeAt(0)));
  }

  percentInt(neg: boolean, digits: string, flags: number, width: number, precision: number, conv: string): string {
    this.tick();
    return this.str(this.ex.percentInt(neg ? 1 : 0, this.put(digits), flags, width, precision, conv.charCodeAt(0)));
  }

  percentStr(s: string, flags: number, width: number, precision: number): string {
    this.tick();
    return this.str(this.ex.percentStr(this.put(s), flags, width, precision));
  }
}

// What an int's caller hands to formatIntDigits: digits in the type's radix, or the character.
function intDigits(value: bigint, type: number): string {
  const magnitude = value < 0n ? -value : value;
  switch (String.fromCharCode(type)) {
    case "b": return magnitude.toString(2);
    case "o": return magnitude.toString(8);
    case "x": return magnitude.toString(16);
    case "X": return magnitude.toString(16).toUpperCase();
    case "c": return String.fromCodePoint(Number(value));
    default: return magnitude.toString(10);
  }
}

function percentFlags(text: string): number {
  let flags = 0;
  for (const ch of text) flags |= ({ "-": 1, "+": 2, " ": 4, "#": 8, "0": 16 } as Record<string, number>)[ch];
  return flags;
}

// Compares a whole fixture table at once, reporting only the mismatches (with their inputs).
function expectAll<T>(cases: T[], check: (c: T) => [unknown, unknown]): void {
  const failures: unknown[] = [];
  for (const c of cases) {
    const [got, want] = check(c);
    if (got !== want) failures.push({ case: c, got });
  }
  expect(failures.slice(0, 10)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

const REPR = fixture("repr");
const TOSTRING = fixture("tostring");
const PARSE = fixture("parse");
const ROUND = fixture("round");
const HEX = fixture("hex");
const SPEC = fixture("spec");
const PERCENT = fixture("percent");

for (const variant of ["release", "debug"] as const) {
  describe(`floatfmt (${variant})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = new Harness(await compile(variant));
    }, 60_000);

    it("fixtures come from CPython 3.12.1", () => {
      for (const f of [REPR, TOSTRING, PARSE, ROUND, HEX, SPEC, PERCENT]) expect(f.python).toBe("3.12.1");
    });

    it("exponent logarithms are exact over the binary64 range (BigInt oracle)", () => {
      const pow = (b: bigint, e: number) => b ** BigInt(e);
      const bad: unknown[] = [];
      // floor(e·log2 10): 2^f <= 10^e < 2^(f+1), scaled to integers for negative e.
      for (let e = -400; e <= 400; e++) {
        const f = h.log("log2Pow10", e);
        const [num, den] = e >= 0 ? [pow(10n, e), 1n] : [1n, pow(10n, -e)];
        const lo = f >= 0 ? [pow(2n, f), 1n] : [1n, pow(2n, -f)];
        const hi = f + 1 >= 0 ? [pow(2n, f + 1), 1n] : [1n, pow(2n, -f - 1)];
        if (!(lo[0] * den <= num * lo[1] && num * hi[1] < hi[0] * den)) bad.push(["log2Pow10", e, f]);
      }
      // floor(q·log10 2) and floor(log10(3/4·2^q)): 10^k <= v < 10^(k+1).
      for (let q = -1100; q <= 1100; q++) {
        for (const [kind, n, d] of [["log10Pow2", 1n, 1n], ["log10ThreeQuartersPow2", 3n, 4n]] as const) {
          const k = h.log(kind, q);
          const num = n * (q >= 0 ? pow(2n, q) : 1n);
          const den = d * (q >= 0 ? 1n : pow(2n, -q));
          const tenK = k >= 0 ? [pow(10n, k), 1n] : [1n, pow(10n, -k)];
          const tenK1 = k + 1 >= 0 ? [pow(10n, k + 1), 1n] : [1n, pow(10n, -k - 1)];
          if (!(tenK[0] * den <= num * tenK[1] && num * tenK1[1] < tenK1[0] * den)) bad.push([kind, q, k]);
        }
      }
      expect(bad).toEqual([]);
    });

    it("repr matches CPython (shortest round-trip digits)", () => {
      expectAll(REPR.cases, ([b, want]: [string, string]) => [h.repr(fromBits(b)), want]);
    });

    it("floatToString matches PyOS_double_to_string for e/f/g and flags", () => {
      expectAll(TOSTRING.cases, ([b, code, p, flags, want]: [string, string, number, number, string]) =>
        [h.toText(fromBits(b), code, p, flags), want]);
    });

    it("repr flags: ADD_DOT_0 / SIGN / NO_NEG_0 with 'r'", () => {
      expect(h.toText(1.0, "r", 0, 0)).toBe("1");
      expect(h.toText(1.0, "r", 0, 2)).toBe("1.0");
      expect(h.toText(1.0, "r", 0, 3)).toBe("+1.0");
      expect(h.toText(-0.0, "r", 0, 2 | 8)).toBe("0.0");
      expect(h.toText(-0.0, "r", 0, 2)).toBe("-0.0");
      expect(h.toText(1e16, "r", 0, 2)).toBe("1e+16");
      expect(h.toText(NaN, "r", 0, 1)).toBe("+nan");
      expect(h.toText(-Infinity, "E", 3, 0)).toBe("-INF");
    });

    it("float(str) matches CPython, including syntax errors", () => {
      expectAll(PARSE.cases, ([s, want]: [string, string]) => {
        const [got, status] = h.parse(s);
        return [status === "ok" ? got : status, want];
      });
    });

    it("parseFloatLiteral matches CPython's float literals", () => {
      // Literal-shaped fixture strings (the regen script checks CPython compiles them to float(s)).
      const literals = PARSE.cases.filter(([s, want]: [string, string]) =>
        want !== "ValueError" && /^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s));
      expect(literals.length).toBeGreaterThan(2000);
      expectAll(literals, ([s, want]: [string, string]) => [h.parseLiteral(s), want]);
    });

    it("round(x, n) matches CPython", () => {
      expectAll(ROUND.cases, ([b, n, want]: [string, number, string]) => {
        const [got, status] = h.round(fromBits(b), n);
        return [status === "ok" ? got : status, want];
      });
    });

    it("float.hex matches CPython", () => {
      expectAll(HEX.hex, ([b, want]: [string, string]) => [h.hex(fromBits(b)), want]);
    });

    it("float.fromhex matches CPython, including errors", () => {
      expectAll(HEX.fromhex, ([s, want]: [string, string]) => {
        const [got, status] = h.fromHex(s);
        // Fixture errors carry CPython's message; the harness reports the exception type.
        return [status === "ok" ? got : status, want.split(":")[0]];
      });
      // The messages floatFromHex documents for its callers.
      const messages = new Set(HEX.fromhex.map(([, want]: [string, string]) => want).filter((w: string) => w.includes(":")));
      expect([...messages].sort()).toEqual([
        "OverflowError: hexadecimal value too large to represent as a float",
        "ValueError: invalid hexadecimal floating-point string",
      ]);
    });

    it("format(float, spec) matches CPython, messages included", () => {
      expectAll(SPEC.float, ([b, spec, want]: [string, string, string]) => [h.formatFloat(fromBits(b), spec), want]);
    });

    it("format(int, spec) layout matches CPython, messages included", () => {
      expectAll(SPEC.int, ([v, spec, want]: [string, string, string]) => [h.formatInt(BigInt(v), spec), want]);
    });

    it("format(str, spec) matches CPython, messages included", () => {
      expectAll(SPEC.str, ([v, spec, want]: [string, string, string]) => [h.formatStr(v, spec), want]);
    });

    it("'%' formatting of floats, ints and strs matches CPython", () => {
      expectAll(PERCENT.float, ([b, flags, w, p, conv, want]: [string, string, number, number, string, string]) =>
        [h.percentFloat(fromBits(b), percentFlags(flags), w, p, conv), "=" + want]);
      expectAll(PERCENT.int, ([v, flags, w, p, conv, want]: [string, string, number, number, string, string]) => {
        const value = BigInt(v);
        const magnitude = value < 0n ? -value : value;
        const digits = conv === "x" ? magnitude.toString(16) : conv === "X" ? magnitude.toString(16).toUpperCase()
          : conv === "o" ? magnitude.toString(8) : magnitude.toString(10);
        return [h.percentInt(value < 0n, digits, percentFlags(flags), w, p, conv), "=" + want];
      });
      expectAll(PERCENT.str, ([v, flags, w, p, want]: [string, string, number, number, string]) =>
        [h.percentStr(v, percentFlags(flags), w, p), "=" + want]);
    });

    it("results longer than 2^28 code points are refused with MemoryError, not a trap (documented limit)", () => {
      expect(h.percentFloat(1.5, 0, 2 ** 30, -1, "f")).toBe("!MemoryError: ");
      expect(h.percentInt(false, "1", 0, -1, 2 ** 30, "d")).toBe("!MemoryError: ");
      expect(h.percentStr("a", 1, 2 ** 30, -1)).toBe("!MemoryError: ");
      expect(h.formatFloat(1.0, ".1000000000g")).toBe("=1");
      expect(h.formatFloat(1.0, ".1000000000f")).toBe("!MemoryError: ");
    });

    it("repr round-trips through float() for random doubles (self-consistency)", () => {
      let seed = 12345n;
      const bad: unknown[] = [];
      for (let i = 0; i < 20000; i++) {
        seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xFFFFFFFFFFFFFFFFn;
        const b = (seed >> 1n).toString(16).padStart(16, "0");
        const x = fromBits(b);
        if (!Number.isFinite(x)) continue;
        const text = h.repr(x);
        const [back] = h.parse(text);
        if (back !== b) bad.push([b, text, back]);
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
  });
}
