// The engines the benchmark compares, one plain object each, in table order.
//
// Every engine says how to run a program and time it, how to measure its startup in a
// fresh process, and which files a browser downloads for it. Two kinds exist:
//   kind "process": each program runs in a fresh native process (CPython) through
//                   `measureInProcess`; interpreter startup is excluded by the driver.
//   kind "js":      `load()` runs inside bench/engine-host.mjs (one child process per
//                   engine, loaded once) and returns an adapter whose `run()` times only
//                   the engine's own run call. `load()` may throw: the engine is then
//                   reported as "n/a" with the reason, and the run goes on.
// Adding an engine means adding an entry here; run.mjs knows no engine by name except
// the reference, "cpython".
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

// MicroPython's default 1 MiB heap cannot hold the dict/list programs; CPython has no
// such limit, so MicroPython gets a generous one. Startup uses the defaults instead,
// because that is what a page embedding MicroPython gets.
const MICROPYTHON_HEAP_BYTES = 128 * 1024 * 1024;
const MICROPYTHON_PYSTACK_WORDS = 64 * 1024;

function packageDir(specifier) {
  return dirname(require.resolve(specifier));
}

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
}

function listJsFiles(dir, skipDir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (full !== skipDir) found.push(...listJsFiles(full, skipDir));
    } else if (entry.endsWith(".js")) {
      found.push(full);
    }
  }
  return found.sort();
}

function utf8Sink() {
  const decoder = new TextDecoder();
  const sink = {
    text: "",
    write(bytes) {
      sink.text += decoder.decode(bytes, { stream: true });
      return bytes.length;
    },
    take() {
      const text = sink.text + decoder.decode();
      sink.text = "";
      return text;
    },
  };
  return sink;
}

// The child measures from its very first line: engine import, instantiation and the run
// all count. `report` fires once, on the first output, and prints the elapsed time.
function startupPrelude() {
  return [
    "const t0 = performance.now();",
    "let reported = false;",
    "const report = () => {",
    "  if (reported) return;",
    "  reported = true;",
    "  process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }) + '\\n');",
    "};",
  ].join("\n");
}

const cpythonCommand = () => process.env.CPYTHON || "python3.12";
const cpythonEnv = () => ({ ...process.env, PYENV_VERSION: process.env.PYENV_VERSION || "3.12.1" });

const cpython = {
  name: "cpython",
  label: "CPython",
  kind: "process",
  async probe() {
    const result = await runCommand(cpythonCommand(), ["-c", "import sys; print(sys.version.split()[0])"], {
      env: cpythonEnv(),
      timeoutMs: 30000,
    });
    if (result.code !== 0) throw new Error(`${cpythonCommand()} failed: ${result.stderr.trim() || result.error}`);
    return { version: result.stdout.trim() };
  },
  async measureInProcess(program, repeat, timeoutMs) {
    const request = JSON.stringify({ source: program.source, filename: program.file, repeat });
    const result = await runCommand(cpythonCommand(), [join(ROOT, "bench", "cpython_driver.py")], {
      env: cpythonEnv(),
      input: request,
      timeoutMs,
    });
    if (result.timedOut) return { timedOut: true, times: [], stdouts: [], error: "timeout" };
    try {
      const reply = JSON.parse(result.stdout);
      return { times: reply.times_ms, stdouts: reply.stdouts, error: reply.error };
    } catch {
      return { times: [], stdouts: [], error: `driver failed (exit ${result.code}): ${result.stderr.trim()}` };
    }
  },
  startup() {
    // A native interpreter has no separate import step: the whole process is measured.
    return { command: cpythonCommand(), args: ["-c", 'print("hi")'], env: cpythonEnv(), inProcess: false };
  },
  downloadFiles() {
    return null;
  },
};

const pyodide = {
  name: "pyodide",
  label: "Pyodide",
  kind: "js",
  async load() {
    const { loadPyodide } = await import("pyodide");
    const py = await loadPyodide();
    const out = utf8Sink();
    const err = utf8Sink();
    py.setStdout({ write: out.write });
    py.setStderr({ write: err.write });
    const pythonVersion = py.runPython("import sys; sys.version.split()[0]");
    const makeDict = py.globals.get("dict");
    return {
      version: `${py.version} (CPython ${pythonVersion})`,
      async run(source, filename) {
        const globals = makeDict();
        globals.set("__name__", "__main__");
        let error = null;
        const start = performance.now();
        try {
          py.runPython(source, { globals, filename });
        } catch (e) {
          error = String(e && e.message ? e.message : e);
        }
        const ms = performance.now() - start;
        globals.destroy();
        const stderr = err.take();
        return { ms, stdout: out.take(), error: error && (error + stderr) };
      },
      async settle() {
        py.runPython("import gc; gc.collect()");
      },
    };
  },
  startup() {
    const url = pathToFileURL(join(packageDir("pyodide"), "pyodide.mjs")).href;
    return {
      inProcess: true,
      script: [
        startupPrelude(),
        `const { loadPyodide } = await import(${JSON.stringify(url)});`,
        "const py = await loadPyodide();",
        "py.setStdout({ write: (bytes) => { report(); return bytes.length; } });",
        "py.runPython('print(\"hi\")');",
      ].join("\n"),
    };
  },
  downloadFiles() {
    const dir = packageDir("pyodide");
    return ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"].map((f) => join(dir, f));
  },
};

const micropython = {
  name: "micropython",
  label: "MicroPython",
  kind: "js",
  async load() {
    const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
    const out = utf8Sink();
    const err = utf8Sink();
    const mp = await loadMicroPython({
      heapsize: MICROPYTHON_HEAP_BYTES,
      pystack: MICROPYTHON_PYSTACK_WORDS,
      linebuffer: false,
      stdout: out.write,
      stderr: err.write,
    });
    const version = packageVersion(packageDir("@micropython/micropython-webassembly-pyscript"));
    return {
      version,
      async run(source) {
        // runPython has no globals argument: exec into a fresh dict gives every
        // repetition new globals, like the other engines.
        mp.globals.set("__bench_source__", source);
        let error = null;
        const start = performance.now();
        try {
          mp.runPython("exec(__bench_source__, {'__name__': '__main__'})");
        } catch (e) {
          error = String(e && e.message ? e.message : e);
        }
        const ms = performance.now() - start;
        mp.globals.delete("__bench_source__");
        const stderr = err.take();
        return { ms, stdout: out.take(), error: error && (error + stderr) };
      },
      async settle() {
        mp.runPython("import gc\ngc.collect()");
      },
    };
  },
  startup() {
    const url = pathToFileURL(join(packageDir("@micropython/micropython-webassembly-pyscript"), "micropython.mjs")).href;
    return {
      inProcess: true,
      script: [
        startupPrelude(),
        `const { loadMicroPython } = await import(${JSON.stringify(url)});`,
        "const mp = await loadMicroPython({ stdout: () => report() });",
        "mp.runPython('print(\"hi\")');",
      ].join("\n"),
    };
  },
  downloadFiles() {
    const dir = packageDir("@micropython/micropython-webassembly-pyscript");
    return ["micropython.mjs", "micropython.wasm"].map((f) => join(dir, f));
  },
};

// SIDEWINDER_ROOT points at another checkout (with its dist/ and build/) to compare builds.
const SIDEWINDER_ROOT = process.env.SIDEWINDER_ROOT ? resolve(process.env.SIDEWINDER_ROOT) : ROOT;
const SIDEWINDER_ENTRY = join(SIDEWINDER_ROOT, "dist", "index.js");
const SIDEWINDER_WASM = join(SIDEWINDER_ROOT, "build", "release.wasm");

function requireSidewinderBuild() {
  for (const file of [SIDEWINDER_ENTRY, SIDEWINDER_WASM]) {
    if (!existsSync(file)) throw new Error(`${relative(ROOT, file) || file} not built (run npm run build)`);
  }
}

const sidewinder = {
  name: "sidewinder",
  label: "Sidewinder",
  kind: "js",
  async load() {
    requireSidewinderBuild();
    const { createInterpreter } = await import(pathToFileURL(SIDEWINDER_ENTRY).href);
    if (typeof createInterpreter !== "function") throw new Error("dist/index.js does not export createInterpreter");
    const version = packageVersion(SIDEWINDER_ROOT);
    return {
      version,
      async run(source, filename) {
        let stdout = "";
        let stderr = "";
        const py = await createInterpreter({
          stdout: (s) => {
            stdout += s;
          },
          stderr: (s) => {
            stderr += s;
          },
        });
        let error = null;
        let result = null;
        const start = performance.now();
        try {
          result = py.run(source, filename);
          // Tolerate an async run(); awaiting inside the timer counts only its own work.
          if (result && typeof result.then === "function") result = await result;
        } catch (e) {
          error = `host exception: ${e && e.message ? e.message : e}\n${e && e.stack ? e.stack : ""}`;
        }
        const ms = performance.now() - start;
        if (!error && (!result || result.exitCode !== 0)) {
          const lines = stderr.trim().split("\n");
          error = `exit code ${result ? result.exitCode : "?"}: ${lines[lines.length - 1]}\n${stderr}`;
        }
        if (typeof py.dispose === "function") py.dispose();
        return { ms, stdout, error };
      },
      async settle() {},
    };
  },
  startup() {
    requireSidewinderBuild();
    const url = pathToFileURL(SIDEWINDER_ENTRY).href;
    return {
      inProcess: true,
      script: [
        startupPrelude(),
        `const { createInterpreter } = await import(${JSON.stringify(url)});`,
        "const py = await createInterpreter({ stdout: () => report(), stderr: () => {} });",
        "py.run('print(\"hi\")', 'startup.py');",
      ].join("\n"),
    };
  },
  downloadFiles() {
    requireSidewinderBuild();
    return [SIDEWINDER_WASM, ...listJsFiles(join(SIDEWINDER_ROOT, "dist"), join(SIDEWINDER_ROOT, "dist", "cli"))];
  },
};

export const ENGINES = [cpython, pyodide, micropython, sidewinder];
export const REFERENCE_ENGINE = "cpython";

export function engineByName(name) {
  return ENGINES.find((engine) => engine.name === name);
}

// Runs a command to completion; never rejects, so a missing binary is just a failed result.
export function runCommand(command, args, { env, input, timeoutMs, cwd } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { env, cwd, stdio: ["pipe", "pipe", "pipe"] });
    } catch (e) {
      resolve({ code: -1, stdout: "", stderr: "", error: String(e), timedOut: false });
      return;
    }
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, timeoutMs)
      : null;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      resolve({ code: -1, stdout, stderr, error: String(e), timedOut });
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr, error: null, timedOut });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}
