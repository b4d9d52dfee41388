// Test harness for the AssemblyScript parser: compiles test/asm/parser.entry.ts with the
// AssemblyScript compiler API, instantiates it, and turns its output into exactly what
// CPython 3.12's ast.dump / SyntaxError attributes give, so that both can be compared
// as plain values. Number markers from test/asm/astdump.ts are formatted here with
// Python's repr rules (BigInt for ints, shortest round-trip digits for floats).
import asc from "assemblyscript/asc";
import { fileURLToPath } from "node:url";
import path from "node:path";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");

export const enum Mode {
  Exec = 0,
  Eval = 1,
  Single = 2,
}

export type ParseResult =
  | { ok: true; dump: string }
  | { ok: false; type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };

const ERROR_TYPES = ["SyntaxError", "IndentationError", "TabError"];

export async function compileParser(optimize = true): Promise<Uint8Array> {
  let binary: Uint8Array | null = null;
  const { error, stderr } = await asc.main(
    [
      path.join(ROOT, "test/asm/parser.entry.ts"),
      "--config",
      path.join(ROOT, "test/asm/asconfig.json"),
      "--runtime",
      "minimal",
      optimize ? "-O2" : "-O0",
      "--noAssert",
      "--exportRuntime",
      "--outFile",
      "parser.wasm",
    ],
    {
      writeFile(name: string, contents: Uint8Array | string) {
        if (name.endsWith(".wasm")) binary = contents as Uint8Array;
      },
    },
  );
  if (error) throw new Error("asc failed: " + error.message + "\n" + stderr.toString());
  if (!binary) throw new Error("asc produced no binary");
  return binary;
}

// Python's repr(float) ('r' format); with addDot0 false, the form used inside complex.
export function pyFloatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mant, expStr] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", "");
  const e = parseInt(expStr, 10);
  const decpt = e + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ee = Math.abs(e);
    return sign + m + "e" + (e < 0 ? "-" : "+") + (ee < 10 ? "0" : "") + ee;
  }
  let out: string;
  if (decpt <= 0) out = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) out = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  else out = digits.slice(0, decpt) + "." + digits.slice(decpt);
  return sign + out;
}

function formatNumbers(dump: string): string {
  return dump.replace(/\u0001([IFJ]):([^\u0001]*)\u0001/g, (_m, kind: string, text: string) => {
    if (kind === "I") {
      const colon = text.indexOf(":");
      const base = text.slice(0, colon);
      const digits = text.slice(colon + 1);
      const prefix = base === "16" ? "0x" : base === "8" ? "0o" : base === "2" ? "0b" : "";
      return BigInt(prefix + digits.replace(/^0+(?=.)/, base === "10" ? "" : "0")).toString();
    }
    const x = Number(text);
    if (kind === "F") return pyFloatRepr(x);
    return pyFloatRepr(x, false) + "j";
  });
}

type Exports = {
  memory: WebAssembly.Memory;
  __collect(): void;
  inputBuffer(len: number): number;
  run(mode: number, len: number, positions: number): number;
  outputPtr(): number;
  outputLen(): number;
  errorKind(): number;
  errorLine(): number;
  errorCol(): number;
  errorEndLine(): number;
  errorEndCol(): number;
};

export class ParserHarness {
  private module: WebAssembly.Module;
  private exports: Exports | null = null;

  constructor(binary: Uint8Array) {
    this.module = new WebAssembly.Module(binary);
  }

  private instance(): Exports {
    if (this.exports === null) {
      const instance = new WebAssembly.Instance(this.module, {
        env: {
          abort(_msg: number, _file: number, line: number, col: number) {
            throw new Error(`wasm abort at ${line}:${col}`);
          },
          seed: () => 1,
        },
      });
      this.exports = instance.exports as unknown as Exports;
    }
    return this.exports;
  }

  // One instance serves all calls; the minimal runtime only frees memory when told to,
  // so each call ends with a collection. After a trap the instance is discarded.
  parse(source: string, mode: Mode = Mode.Exec, positions = false): ParseResult {
    try {
      return this.parseIn(this.instance(), source, mode, positions);
    } catch (e) {
      this.exports = null;
      throw e;
    }
  }

  private parseIn(ex: Exports, source: string, mode: Mode, positions: boolean): ParseResult {
    const ptr = ex.inputBuffer(source.length);
    const view = new Uint16Array(ex.memory.buffer, ptr, source.length);
    for (let i = 0; i < source.length; i++) view[i] = source.charCodeAt(i);
    const ok = ex.run(mode, source.length, positions ? 1 : 0);
    const outPtr = ex.outputPtr();
    const outLen = ex.outputLen();
    const units = new Uint16Array(ex.memory.buffer, outPtr, outLen);
    let text = "";
    for (let i = 0; i < outLen; i += 8192) text += String.fromCharCode(...units.subarray(i, Math.min(outLen, i + 8192)));
    ex.__collect();
    if (ok) return { ok: true, dump: formatNumbers(text) };
    return {
      ok: false,
      type: ERROR_TYPES[ex.errorKind()] ?? "SyntaxError",
      msg: text,
      lineno: ex.errorLine(),
      offset: ex.errorCol(),
      end_lineno: ex.errorEndLine(),
      end_offset: ex.errorEndCol(),
    };
  }
}
