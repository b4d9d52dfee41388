// Interpreter: one wasm instance running Python. Several can coexist; each has its own
// memory, modules and streams.
import { Ffi } from "./ffi.js";
import { loadModule, type WasmSource } from "./loader.js";
import { PythonError, WasmTrapError, InterpreterDisposedError } from "./errors.js";

export type FileProvider = Record<string, string | Uint8Array> | ((path: string) => string | Uint8Array | null);

export interface InterpreterOptions {
  /** Receives everything written to sys.stdout (default: discarded). */
  stdout?: (text: string) => void;
  /** Receives everything written to sys.stderr (default: discarded). */
  stderr?: (text: string) => void;
  /** Memory limit in bytes; exceeding it raises MemoryError in Python (default 256 MiB). */
  memoryLimit?: number;
  /** sys.argv (default [""]). */
  argv?: string[];
  /** sys.path (default [""]: the current directory of the file provider). */
  path?: string[];
  /** Files Python may import or open: a map of path to contents, or a function. */
  files?: FileProvider;
  /** Called at safe points; return true to interrupt the running program (KeyboardInterrupt). */
  interrupt?: () => boolean;
  /** The compiled module to use instead of the packaged build. */
  wasm?: WasmSource;
  /**
   * Testing aid: collect garbage every time this many bytes were allocated (and check for it
   * far more often than usual). Slow; it makes a value some part of the runtime forgot to
   * keep alive fail at once instead of rarely. Default 0: the normal schedule.
   */
  gcStress?: number;
}

export interface RunResult {
  /** 0 on success, 1 after an uncaught exception, or the status given to sys.exit(). */
  exitCode: number;
  /** The uncaught exception, if any (SystemExit is not an error). */
  error?: PythonError;
}

const encoder = new TextEncoder();

function fileReader(files: FileProvider | undefined): (path: string) => Uint8Array | null {
  if (!files) return () => null;
  const get = typeof files === "function" ? files : (p: string) => files[p] ?? null;
  return (path) => {
    const v = get(path.startsWith("./") ? path.slice(2) : path);
    if (v === null || v === undefined) return null;
    return typeof v === "string" ? encoder.encode(v) : v;
  };
}

export class Interpreter {
  private disposed = false;
  private broken: WasmTrapError | null = null;

  private constructor(private readonly ffi: Ffi) {}

  static async create(options: InterpreterOptions = {}): Promise<Interpreter> {
    const readFile = fileReader(options.files);
    const ffi = new Ffi({
      write: (stream, text) => (stream === 2 ? options.stderr : options.stdout)?.(text),
      readFile,
      shouldInterrupt: () => options.interrupt?.() ?? false,
    });
    const module = await loadModule(options.wasm);
    const instance = await WebAssembly.instantiate(module, ffi.imports());
    ffi.attach(instance);
    const interp = new Interpreter(ffi);
    interp.guard(() => {
      ffi.setMemoryLimit(options.memoryLimit ?? 256 * 1024 * 1024);
      if (options.gcStress) ffi.setGcStress(options.gcStress);
      ffi.setArgv(options.argv ?? [""]);
      ffi.setPath(options.path ?? [""]);
    });
    return interp;
  }

  private guard<T>(f: () => T): T {
    if (this.disposed) throw new InterpreterDisposedError();
    if (this.broken) throw this.broken;
    try {
      return f();
    } catch (e) {
      this.broken = new WasmTrapError(e);
      throw this.broken;
    }
  }

  /** Run source as the __main__ module. Python exceptions are reported, not thrown. */
  run(source: string, filename = "<string>"): RunResult {
    return this.guard(() => {
      const exitCode = this.ffi.runMain(source, filename);
      const err = this.ffi.lastError();
      if (err.type && err.type !== "SystemExit") {
        return { exitCode, error: new PythonError(err.type, err.message, err.traceback) };
      }
      return { exitCode };
    });
  }

  setArgv(argv: string[]): void {
    this.guard(() => this.ffi.setArgv(argv));
  }

  setPath(path: string[]): void {
    this.guard(() => this.ffi.setPath(path));
  }

  dispose(): void {
    this.disposed = true;
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}

export function createInterpreter(options?: InterpreterOptions): Promise<Interpreter> {
  return Interpreter.create(options);
}
