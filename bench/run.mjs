#!/usr/bin/env node
// Benchmark runner: times every program in bench/programs on every engine of
// bench/engines.mjs in one run, side by side, and measures startup and download size.
//
// Invariants the numbers rely on:
// - CPython 3.12.1 native is the reference: its output is the expected output (recorded
//   in bench/expected/ for runs without CPython), and every ratio is engine time /
//   CPython time for the same program in the same run.
// - A time is the best of R repetitions, each in fresh globals (or a fresh interpreter),
//   with only the engine's run call inside the timer.
// - Programs run one engine at a time (program-major order), so engines never compete for
//   the CPU with each other and slow drift in machine load spreads over all of them.
// - A missing, failing, crashing or hanging engine costs only its own cells: it is
//   reported as n/a, error or timeout and the run goes on.
//
// Usage: node bench/run.mjs [--repeat R] [--quick] [--only a,b] [--engines x,y]
//        [--scale S] [--timeout SECONDS] [--no-startup] [--no-size] [--out FILE]
//        [--record-expected]
import { fork, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { basename, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { ENGINES, REFERENCE_ENGINE, ROOT } from "./engines.mjs";

const BENCH_DIR = join(ROOT, "bench");
const PROGRAMS_DIR = join(BENCH_DIR, "programs");
const EXPECTED_DIR = join(BENCH_DIR, "expected");
const HOST_SCRIPT = join(BENCH_DIR, "engine-host.mjs");
const ENGINE_LOAD_TIMEOUT_MS = 120_000;
const STARTUP_PROCESS_TIMEOUT_MS = 60_000;
const SCALE_LINE = /^N = (\d+)(\s*# bench:scale.*)$/m;

const HELP = `Usage: node bench/run.mjs [options]
  --repeat R         repetitions per program and engine; best is reported (default 3)
  --quick            same as --repeat 1
  --only a,b         run only these programs (names of bench/programs/*.py without .py)
  --engines x,y      run only these engines (${ENGINES.map((e) => e.name).join(", ")})
  --scale S          multiply every program's work knob N by S (default 1)
  --timeout SECONDS  limit per program and engine, all repetitions together (default 180)
  --startup-runs K   fresh processes per engine for the startup figure (default 5)
  --no-startup       skip the startup measurement
  --no-size          skip the download-size measurement
  --out FILE         where to write the JSON results (default bench/results.json)
  --record-expected  store CPython's output of each program in bench/expected/NAME.out
                     (needs engine cpython and scale 1); later runs without CPython
                     check outputs against these files`;

function parseOptions(argv) {
  const options = {
    repeat: 3,
    only: null,
    engines: ENGINES.map((e) => e.name),
    scale: 1,
    timeoutMs: 180_000,
    startupRuns: 5,
    startup: true,
    size: true,
    out: join(BENCH_DIR, "results.json"),
    recordExpected: false,
  };
  const value = (i) => {
    if (i + 1 >= argv.length) fail(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  const positive = (text, flag) => {
    const n = Number(text);
    if (!(n > 0)) fail(`${flag} needs a positive number, got ${text}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--repeat") options.repeat = Math.round(positive(value(i++), arg));
    else if (arg === "--quick") options.repeat = 1;
    else if (arg === "--only") options.only = value(i++).split(",").filter(Boolean);
    else if (arg === "--engines") options.engines = value(i++).split(",").filter(Boolean);
    else if (arg === "--scale") options.scale = positive(value(i++), arg);
    else if (arg === "--timeout") options.timeoutMs = positive(value(i++), arg) * 1000;
    else if (arg === "--startup-runs") options.startupRuns = Math.round(positive(value(i++), arg));
    else if (arg === "--no-startup") options.startup = false;
    else if (arg === "--no-size") options.size = false;
    else if (arg === "--out") options.out = value(i++);
    else if (arg === "--record-expected") options.recordExpected = true;
    else if (arg === "--help" || arg === "-h") {
      console.log(HELP);
      process.exit(0);
    } else fail(`unknown option ${arg}\n${HELP}`);
  }
  for (const name of options.engines) {
    if (!ENGINES.some((e) => e.name === name)) fail(`unknown engine ${name}`);
  }
  if (options.recordExpected && (options.scale !== 1 || !options.engines.includes(REFERENCE_ENGINE))) {
    fail("--record-expected needs --scale 1 and the cpython engine");
  }
  return options;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

const log = (message) => process.stderr.write(message + "\n");

// ---------------------------------------------------------------------------------------
// Programs

function loadPrograms(only, scale) {
  const available = readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith(".py"))
    .map((f) => basename(f, ".py"))
    .sort();
  if (only) {
    for (const name of only) if (!available.includes(name)) fail(`unknown program ${name}`);
  }
  return available
    .filter((name) => !only || only.includes(name))
    .map((name) => {
      const file = `${name}.py`;
      const original = readFileSync(join(PROGRAMS_DIR, file), "utf8");
      const match = SCALE_LINE.exec(original);
      if (!match) fail(`${file} has no "N = <int>  # bench:scale" line`);
      const n = Math.max(1, Math.round(Number(match[1]) * scale));
      const source = original.replace(SCALE_LINE, `N = ${n}$2`);
      // Recorded output is only valid for the unscaled program.
      const expectedFile = join(EXPECTED_DIR, `${name}.out`);
      const expected = scale === 1 && existsSync(expectedFile) ? readFileSync(expectedFile, "utf8") : null;
      return { name, file, source, n, expected };
    });
}

// ---------------------------------------------------------------------------------------
// Engine sessions: a uniform measure(program) over both engine kinds.

class ProcessSession {
  constructor(engine) {
    this.engine = engine;
  }
  async start() {
    return this.engine.probe();
  }
  measure(program, repeat, timeoutMs) {
    return this.engine.measureInProcess(program, repeat, timeoutMs);
  }
  close() {}
}

class HostSession {
  constructor(engine) {
    this.engine = engine;
    this.child = null;
    this.pending = null;
  }

  async start() {
    this.child = fork(HOST_SCRIPT, [], { stdio: ["ignore", 2, 2, "ipc"], cwd: ROOT });
    const child = this.child;
    // Events of a child already replaced (killed at a timeout) must not answer the
    // requests of its successor.
    child.on("message", (message) => {
      if (this.child === child) this.settle(message);
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = null;
      this.settle({ type: "exited", reason: `engine process exited (${signal || code})` });
    });
    const reply = await this.request({ type: "init", engine: this.engine.name }, ENGINE_LOAD_TIMEOUT_MS);
    if (reply.type === "ready") return { version: reply.version };
    this.close();
    throw new Error(reply.reason || reply.type);
  }

  settle(message) {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.resolve(message);
  }

  request(message, timeoutMs) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        this.settle({ type: "timeout", reason: "timeout" });
      }, timeoutMs);
      this.pending = { resolve, timer };
      this.child.send(message);
    });
  }

  async measure(program, repeat, timeoutMs) {
    if (!this.child) {
      // The previous program killed or crashed the engine: start a fresh one.
      try {
        await this.start();
      } catch (e) {
        return { times: [], stdouts: [], error: `engine restart failed: ${e.message}` };
      }
    }
    const reply = await this.request(
      { type: "run", name: program.name, file: program.file, source: program.source, repeat },
      timeoutMs,
    );
    if (reply.type === "result") return reply;
    if (reply.type === "timeout") return { timedOut: true, times: [], stdouts: [], error: "timeout" };
    return { times: [], stdouts: [], error: reply.reason };
  }

  kill() {
    const child = this.child;
    this.child = null;
    if (child) child.kill("SIGKILL");
  }

  close() {
    const child = this.child;
    this.child = null;
    if (child) child.disconnect();
  }
}

async function startEngines(names) {
  const sessions = [];
  for (const engine of ENGINES.filter((e) => names.includes(e.name))) {
    const session = engine.kind === "process" ? new ProcessSession(engine) : new HostSession(engine);
    const entry = { engine, session, available: false, version: null, reason: null };
    try {
      const started = performance.now();
      const info = await session.start();
      entry.available = true;
      entry.version = info.version;
      log(`loaded ${engine.label} ${info.version} in ${(performance.now() - started).toFixed(0)} ms`);
    } catch (e) {
      entry.reason = String(e.message || e);
      log(`${engine.label}: n/a (${entry.reason})`);
    }
    sessions.push(entry);
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------
// Measurement and evaluation

async function benchmarkPrograms(programs, sessions, options) {
  const results = [];
  for (const program of programs) {
    const row = { name: program.name, n: program.n, reference_output: null, engines: {} };
    for (const entry of sessions) {
      const name = entry.engine.name;
      if (!entry.available) {
        row.engines[name] = { status: "n/a", error: entry.reason };
        continue;
      }
      const started = performance.now();
      const raw = await entry.session.measure(program, options.repeat, options.timeoutMs);
      const cell = {
        status: raw.timedOut ? "timeout" : raw.error ? "error" : "ok",
        best_ms: raw.times.length ? Number(Math.min(...raw.times).toFixed(3)) : null,
        times_ms: raw.times.map((t) => Number(t.toFixed(3))),
        stdout: raw.stdouts[0] ?? null,
        stdouts_agree: raw.stdouts.every((s) => s === raw.stdouts[0]),
        error: raw.error || null,
      };
      row.engines[name] = cell;
      const shown = cell.status === "ok" ? `${formatMs(cell.best_ms)} ms` : cell.status;
      log(`[${program.name}] ${entry.engine.label}: ${shown} (${((performance.now() - started) / 1000).toFixed(1)} s wall)`);
    }
    judgeRow(row, program.expected);
    results.push(row);
  }
  return results;
}

// Compares every engine's output with the reference and computes the ratios. The
// reference output is CPython's from this run, else the recorded bench/expected file.
function judgeRow(row, recorded) {
  const reference = row.engines[REFERENCE_ENGINE];
  const referenceRan = reference && reference.status === "ok" && reference.stdouts_agree;
  row.reference_output = referenceRan ? reference.stdout : recorded;
  row.reference_source = referenceRan ? "cpython" : recorded != null ? "recorded" : null;
  if (referenceRan && recorded != null && recorded !== reference.stdout) {
    log(`[${row.name}] warning: CPython's output differs from bench/expected/${row.name}.out`);
  }
  for (const [name, cell] of Object.entries(row.engines)) {
    if (cell.status !== "ok") continue;
    cell.output_matches = row.reference_output == null ? null : cell.stdouts_agree && cell.stdout === row.reference_output;
    if (cell.output_matches === false) cell.status = "mismatch";
    cell.ratio = referenceRan ? cell.best_ms / reference.best_ms : null;
  }
}

function recordExpected(results) {
  mkdirSync(EXPECTED_DIR, { recursive: true });
  for (const row of results) {
    if (row.reference_source !== "cpython") fail(`[${row.name}] CPython did not complete: nothing recorded`);
    writeFileSync(join(EXPECTED_DIR, `${row.name}.out`), row.reference_output);
  }
  log(`recorded ${results.length} outputs in ${relative(process.cwd(), EXPECTED_DIR)}`);
}

function geometricMean(values) {
  if (!values.length) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

// "Completed" means ran without error and printed CPython's output. The common set holds
// the programs every available engine completed, so the per-engine means are comparable.
function summarise(results, sessions) {
  const available = sessions.filter((s) => s.available).map((s) => s.engine.name);
  const completed = (row, name) => row.engines[name] && row.engines[name].status === "ok" && row.engines[name].ratio != null;
  const common = results.filter((row) => available.every((name) => completed(row, name))).map((row) => row.name);
  const byEngine = {};
  for (const name of available) {
    const own = results.filter((row) => completed(row, name));
    byEngine[name] = {
      common: geometricMean(results.filter((row) => common.includes(row.name)).map((row) => row.engines[name].ratio)),
      own: geometricMean(own.map((row) => row.engines[name].ratio)),
      own_count: own.length,
    };
  }
  return { common_programs: common, by_engine: byEngine };
}

// ---------------------------------------------------------------------------------------
// Startup: fresh processes, best of K.

function timeProcess(command, args, cwd, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    let firstOutputMs = null;
    let stdout = "";
    let stderr = "";
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), STARTUP_PROCESS_TIMEOUT_MS);
    child.stdout.on("data", (d) => {
      if (firstOutputMs === null) firstOutputMs = performance.now() - started;
      stdout += d;
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ error: String(e) });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) resolve({ error: `exit ${signal || code}: ${stderr.trim().split("\n").slice(-3).join(" ")}` });
      else resolve({ firstOutputMs, stdout });
    });
  });
}

async function measureStartup(sessions, runs) {
  const startup = {};
  const nodeBaseline = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeProcess(process.execPath, ["-e", 'console.log("hi")'], ROOT, process.env);
    if (!r.error) nodeBaseline.push(r.firstOutputMs);
  }
  for (const { engine } of sessions) {
    let spec;
    try {
      spec = engine.startup();
    } catch (e) {
      startup[engine.name] = { error: String(e.message || e) };
      continue;
    }
    const inProcess = [];
    const spawned = [];
    let error = null;
    for (let i = 0; i < runs && !error; i++) {
      const r = spec.inProcess
        ? await timeProcess(process.execPath, ["--input-type=module", "-e", spec.script], ROOT, process.env)
        : await timeProcess(spec.command, spec.args, ROOT, spec.env);
      if (r.error) {
        error = r.error;
        break;
      }
      if (spec.inProcess) {
        const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
        if (!line) {
          error = `no output: ${r.stdout.slice(0, 200)}`;
          break;
        }
        inProcess.push(JSON.parse(line).ms);
      } else if (r.stdout.trim() !== "hi") {
        error = `unexpected output: ${r.stdout.slice(0, 200)}`;
        break;
      }
      spawned.push(r.firstOutputMs);
    }
    startup[engine.name] = error
      ? { error }
      : {
          in_process_ms: inProcess.length ? Math.min(...inProcess) : null,
          spawn_to_output_ms: Math.min(...spawned),
          runs_in_process_ms: inProcess,
          runs_spawn_ms: spawned,
        };
    const figures = error
      ? error
      : `${spec.inProcess ? `${formatMs(startup[engine.name].in_process_ms)} ms in process, ` : ""}${formatMs(startup[engine.name].spawn_to_output_ms)} ms from spawn`;
    log(`startup ${engine.label}: ${figures}`);
  }
  return { engines: startup, node_baseline_ms: nodeBaseline.length ? Math.min(...nodeBaseline) : null };
}

// ---------------------------------------------------------------------------------------
// Download size

function measureSizes(sessions) {
  const sizes = {};
  for (const { engine } of sessions) {
    let files;
    try {
      files = engine.downloadFiles();
    } catch (e) {
      sizes[engine.name] = { error: String(e.message || e) };
      continue;
    }
    if (!files) {
      sizes[engine.name] = { native: true };
      continue;
    }
    const measured = files.map((file) => {
      const bytes = readFileSync(file);
      return { path: relative(ROOT, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    sizes[engine.name] = {
      files: measured,
      raw_bytes: measured.reduce((s, f) => s + f.raw, 0),
      gzip_bytes: measured.reduce((s, f) => s + f.gzip, 0),
    };
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------
// Report

function formatMs(ms) {
  if (ms == null) return "-";
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function formatRatio(r) {
  if (r == null) return "-";
  return r >= 10 ? r.toFixed(1) : r.toFixed(2);
}

function formatKB(bytes) {
  return (bytes / 1024).toFixed(bytes < 100 * 1024 ? 1 : 0);
}

function renderCell(cell, isReference) {
  if (cell.status === "n/a" || cell.status === "error" || cell.status === "timeout") return cell.status;
  const time = `${formatMs(cell.best_ms)} ms`;
  const mark = cell.status === "mismatch" ? " ✗" : "";
  if (isReference || cell.ratio == null) return time + mark;
  return `${time} (${formatRatio(cell.ratio)})${mark}`;
}

function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = (actual ?? "").split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? "")}, got ${JSON.stringify(b[i] ?? "")}`;
  }
  return "outputs differ between repetitions";
}

// A Python traceback ends with its summary; every other error message starts with it.
function errorSummary(text) {
  const lines = String(text).trim().split("\n").filter(Boolean);
  if (!lines.length) return "";
  return (lines[0].startsWith("Traceback") ? lines[lines.length - 1] : lines[0]).trim();
}

function renderReport(report, sessions, options) {
  const out = [];
  const heads = sessions.map(({ engine, version }) => (version ? `${engine.label} ${version}` : engine.label));
  out.push(
    `### Sidewinder benchmarks (best of ${options.repeat}, scale ${options.scale}; ${report.meta.date.slice(0, 16).replace("T", " ")} UTC, ${report.meta.cpu_count}× ${report.meta.cpu}, load ${report.meta.load_average.map((l) => l.toFixed(2)).join(" ")})`,
    "",
  );
  out.push(`| program | ${heads.join(" | ")} |`);
  out.push(`|---|${sessions.map(() => "---:").join("|")}|`);
  for (const row of report.programs) {
    const cells = sessions.map(({ engine }) => renderCell(row.engines[engine.name], engine.name === REFERENCE_ENGINE));
    out.push(`| ${row.name} | ${cells.join(" | ")} |`);
  }
  const summary = report.geomean;
  const mean = (key) =>
    sessions.map(({ engine, available }) => {
      const s = summary.by_engine[engine.name];
      return available && s && s[key] != null ? formatRatio(s[key]) : "n/a";
    });
  const commonCount = summary.common_programs.length;
  out.push(`| **geomean ratio**, ${commonCount} program${commonCount === 1 ? "" : "s"} all completed | ${mean("common").join(" | ")} |`);
  const ownCounts = sessions.map(({ engine }) => summary.by_engine[engine.name]?.own_count ?? 0);
  out.push(`| geomean ratio, each engine's completed programs | ${mean("own").map((m, i) => (m === "n/a" ? m : `${m} (${ownCounts[i]})`)).join(" | ")} |`);
  out.push("");
  out.push(
    "Time = best of the repetitions; (x) = engine time / CPython time for that program, lower is better; ✗ = output differs from CPython's (recorded in bench/expected/ when CPython is not run); completed = ran without error and printed CPython's output.",
  );

  const notes = [];
  for (const row of report.programs) {
    for (const { engine } of sessions) {
      const cell = row.engines[engine.name];
      if (cell.status === "error") notes.push(`- ${row.name} / ${engine.label}: ${errorSummary(cell.error)}`);
      if (cell.status === "timeout") notes.push(`- ${row.name} / ${engine.label}: over ${options.timeoutMs / 1000} s`);
      if (cell.status === "mismatch") notes.push(`- ${row.name} / ${engine.label}: ${firstDifference(row.reference_output, cell.stdout)}`);
    }
  }
  const unavailable = sessions.filter((s) => !s.available).map((s) => `- ${s.engine.label} n/a: ${s.reason}`);
  if (notes.length || unavailable.length) out.push("", ...unavailable, ...notes);

  if (report.startup || report.download) {
    out.push("", "| engine | startup in process (ms) | startup from spawn (ms) | download gzip -9 (KB) | download raw (KB) |", "|---|---:|---:|---:|---:|");
    for (const { engine } of sessions) {
      const st = report.startup?.engines[engine.name];
      const dl = report.download?.[engine.name];
      const startupCells = !st
        ? ["-", "-"]
        : st.error
          ? ["n/a", "n/a"]
          : [st.in_process_ms == null ? "(whole process)" : formatMs(st.in_process_ms), formatMs(st.spawn_to_output_ms)];
      const sizeCells = !dl
        ? ["-", "-"]
        : dl.native
          ? ["native", "native"]
          : dl.error
            ? ["n/a", "n/a"]
            : [formatKB(dl.gzip_bytes), formatKB(dl.raw_bytes)];
      out.push(`| ${engine.label} | ${[...startupCells, ...sizeCells].join(" | ")} |`);
    }
    const extra = [];
    if (report.startup) {
      extra.push(
        `Startup: best of ${options.startupRuns} fresh processes, first line of the child script → first output of print("hi"), engine import and instantiation included; "from spawn" adds process creation and Node's own bootstrap (${formatMs(report.startup.node_baseline_ms)} ms for node -e 'console.log("hi")').`,
      );
      for (const { engine } of sessions) {
        const st = report.startup.engines[engine.name];
        if (st && st.error) extra.push(`- startup ${engine.label} n/a: ${errorSummary(st.error)}`);
      }
    }
    if (report.download) {
      for (const { engine } of sessions) {
        const dl = report.download[engine.name];
        if (dl && dl.error) extra.push(`- download ${engine.label} n/a: ${dl.error}`);
      }
    }
    out.push("", ...extra);
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const programs = loadPrograms(options.only, options.scale);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? "unknown CPU",
    cpu_count: os.cpus().length,
    load_average: os.loadavg(),
    options: { ...options, out: relative(ROOT, options.out) || options.out },
  };
  log(`${programs.length} programs, engines ${options.engines.join(", ")}, repeat ${options.repeat}, scale ${options.scale}`);
  const sessions = await startEngines(options.engines);
  let results;
  try {
    results = await benchmarkPrograms(programs, sessions, options);
  } finally {
    for (const s of sessions) s.session.close();
  }
  if (options.recordExpected) recordExpected(results);
  const report = {
    meta,
    engines: Object.fromEntries(
      sessions.map((s) => [s.engine.name, { label: s.engine.label, version: s.version, available: s.available, reason: s.reason }]),
    ),
    programs: results,
    geomean: summarise(results, sessions),
    startup: options.startup ? await measureStartup(sessions, options.startupRuns) : null,
    download: options.size ? measureSizes(sessions) : null,
  };
  report.markdown = renderReport(report, sessions, options);
  writeFileSync(options.out, JSON.stringify(report, null, 2) + "\n");
  console.log(report.markdown);
  log(`\nwrote ${relative(process.cwd(), options.out) || options.out}`);
}

await main();
