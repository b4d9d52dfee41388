// The only file that touches the raw wasm exports and builds the imports: a typed view of
// the module's boundary. Strings cross as UTF-8 in buffers the module allocates.

export type Ptr = number & { readonly __brand: "Ptr" };

export interface RawExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  alloc(n: number): Ptr;
  result_ptr(): Ptr;
  result_len(): number;
  set_memory_limit(bytes: number): void;
  gc_stress(bytes: number): void;
  set_argv(ptr: Ptr, len: number): void;
  set_path(ptr: Ptr, len: number): void;
  run_main(srcPtr: Ptr, srcLen: number, namePtr: Ptr, nameLen: number): number;
  last_error(which: number): void;
}

/** What the module needs from the host; every function catches its own exceptions. */
export interface HostHooks {
  write(stream: 1 | 2, text: string): void;
  readFile(path: string): Uint8Array | null;
  shouldInterrupt(): boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export class Ffi {
  private exports!: RawExports;
  private pendingFile: Uint8Array | null = null;

  constructor(private readonly hooks: HostHooks) {}

  imports(): WebAssembly.Imports {
    return {
      env: {
        abort: (msg: number, file: number, line: number, col: number) => {
          throw new Error(`abort: ${this.readAsString(msg)} at ${this.readAsString(file)}:${line}:${col}`);
        },
      },
      sidewinder: {
        write: (stream: number, ptr: number, len: number) => {
          try {
            const bytes = new Uint8Array(this.exports.memory.buffer, ptr >>> 0, len);
            this.hooks.write(stream === 2 ? 2 : 1, decoder.decode(bytes));
          } catch {
            // a failing sink must not unwind through wasm
          }
        },
        poll: () => {
          try {
            return this.hooks.shouldInterrupt() ? 1 : 0;
          } catch {
            return 0;
          }
        },
        read_file: (ptr: number, len: number) => {
          try {
            const path = decoder.decode(new Uint8Array(this.exports.memory.buffer, ptr >>> 0, len));
            this.pendingFile = this.hooks.readFile(path);
            return this.pendingFile === null ? -1 : this.pendingFile.length;
          } catch {
            this.pendingFile = null;
            return -1;
          }
        },
        read_file_data: (dst: number) => {
          const data = this.pendingFile;
          if (data) new Uint8Array(this.exports.memory.buffer, dst >>> 0, data.length).set(data);
          this.pendingFile = null;
        },
        time_now: () => Date.now(),
        time_monotonic: () => (typeof performance !== "undefined" ? performance.now() : Date.now()),
      },
    };
  }

  /** Bind to an instance and run its module initialisers (asconfig exportStart). */
  attach(instance: WebAssembly.Instance): void {
    this.exports = instance.exports as unknown as RawExports;
    this.exports._initialize();
  }

  // AS strings (abort messages): UTF-16 with the byte length just before the data.
  private readAsString(ptr: number): string {
    if (!ptr) return "";
    const mem = this.exports.memory.buffer;
    const p = ptr >>> 0;
    const len = new Uint32Array(mem, p - 4, 1)[0] >>> 1;
    return String.fromCharCode(...new Uint16Array(mem, p, len));
  }

  /** Copy UTF-8 text into a fresh module buffer. */
  putString(s: string): [Ptr, number] {
    const bytes = encoder.encode(s);
    // pointers are u32: above 2 GiB they arrive as negative i32
    const ptr = (this.exports.alloc(bytes.length) >>> 0) as Ptr;
    new Uint8Array(this.exports.memory.buffer, ptr, bytes.length).set(bytes);
    return [ptr, bytes.length];
  }

  result(): string {
    const ptr = this.exports.result_ptr() >>> 0;
    const len = this.exports.result_len();
    return decoder.decode(new Uint8Array(this.exports.memory.buffer, ptr, len));
  }

  setMemoryLimit(bytes: number): void {
    this.exports.set_memory_limit(bytes);
  }

  setGcStress(bytes: number): void {
    this.exports.gc_stress(bytes);
  }

  // Lists cross as NUL-terminated entries.
  setArgv(argv: string[]): void {
    const [p, n] = this.putString(argv.map((a) => a + "\0").join(""));
    this.exports.set_argv(p, n);
  }

  setPath(path: string[]): void {
    const [p, n] = this.putString(path.map((a) => a + "\0").join(""));
    this.exports.set_path(p, n);
  }

  runMain(source: string, filename: string): number {
    const [sp, sn] = this.putString(source);
    const [np, nn] = this.putString(filename);
    return this.exports.run_main(sp, sn, np, nn);
  }

  lastError(): { type: string; message: string; traceback: string } {
    this.exports.last_error(0);
    const type = this.result();
    this.exports.last_error(1);
    const message = this.result();
    this.exports.last_error(2);
    const traceback = this.result();
    return { type, message, traceback };
  }
}
