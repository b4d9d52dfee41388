// Running Python programs in-process for tests: one compiled module shared by all tests, a
// fresh interpreter per program, stdout/stderr captured, a time budget per program.
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterpreter, loadModule } from "../../src/index.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// SIDEWINDER_WASM=build/debug.wasm runs the suite against the debug build (bounds and
// null checks on), as style.md asks of both builds.
export const RELEASE_WASM = join(ROOT, process.env.SIDEWINDER_WASM ?? "build/release.wasm");
// SIDEWINDER_GC_STRESS=BYTES collects every BYTES allocated (npm run test:gc-stress).
export const GC_STRESS = Number(process.env.SIDEWINDER_GC_STRESS ?? 0);

let module: Promise<WebAssembly.Module> | null = null;
export function wasmModule(): Promise<WebAssembly.Module> {
  if (!module) module = loadModule(new Uint8Array(readFileSync(RELEASE_WASM)));
  return module;
}

export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  errorType?: string;
  timedOut: boolean;
}

// Files are read from disk, relative paths against `cwd` (like CPython run from that folder).
export async function runProgram(file: string, opts: { timeoutMs?: number; cwd?: string } = {}): Promise<ProgramResult> {
  const cwd = opts.cwd ?? dirname(file);
  const source = readFileSync(file, "utf8");
  let stdout = "";
  let stderr = "";
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  let timedOut = false;
  const read = (p: string): Uint8Array | null => {
    const full = isAbsolute(p) ? p : resolve(cwd, p);
    try {
      return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : null;
    } catch {
      return null;
    }
  };
  const py = await createInterpreter({
    wasm: await wasmModule(),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    gcStress: GC_STRESS,
    argv: [file.split("/").pop()!],
    path: [cwd],
    files: read,
    interrupt: () => {
      if (Date.now() > deadline) timedOut = true;
      return timedOut;
    },
  });
  const r = py.run(source, file);
  py.dispose();
  return { stdout, stderr, exitCode: r.exitCode, errorType: r.error?.type, timedOut };
}
