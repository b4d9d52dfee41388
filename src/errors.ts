// Errors the host API raises. A Python exception that escapes a run becomes a PythonError;
// a WasmTrapError means the interpreter itself failed (always a bug) and the instance is
// unusable afterwards.

export class PythonError extends Error {
  /** The exception's type name, e.g. "ValueError". */
  readonly type: string;
  /** str(exception). */
  readonly pyMessage: string;
  /** CPython's "Traceback (most recent call last): …" text. */
  readonly traceback: string;

  constructor(type: string, message: string, traceback: string) {
    super(message ? `${type}: ${message}` : type);
    this.name = "PythonError";
    this.type = type;
    this.pyMessage = message;
    this.traceback = traceback;
  }
}

export class WasmTrapError extends Error {
  constructor(cause: unknown) {
    super(`Sidewinder interpreter failure: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "WasmTrapError";
  }
}

export class InterpreterDisposedError extends Error {
  constructor() {
    super("the interpreter was disposed");
    this.name = "InterpreterDisposedError";
  }
}
