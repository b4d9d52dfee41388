// Public entry point of the sidewinder package.
export { createInterpreter, Interpreter } from "./interpreter.js";
export type { InterpreterOptions, RunResult, FileProvider } from "./interpreter.js";
export { PythonError, WasmTrapError, InterpreterDisposedError } from "./errors.js";
export { loadModule } from "./loader.js";
export type { WasmSource } from "./loader.js";
