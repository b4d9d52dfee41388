// Re-records the conformance expectations from CPython 3.12.1.
//
// Every `cases/<topic>/<name>.py` whose path has no component starting with `_` is a case
// (underscore files and folders are helper modules imported by cases). For each case this
// writes `expected/<topic>/<name>.out` (exact stdout bytes) and `expected/<topic>/<name>.exit`
// (exit status, decimal, newline). The run mirrors `python3.12 <name>.py` typed in the case's
// own folder, so the script's folder is sys.path[0] and helper imports resolve as they would
// for a user. stderr is deliberately not recorded: tracebacks and warnings are not part of the
// contract. Expected files whose case is gone are deleted, so the tree never holds orphans.
//
// Usage: node test/conformance/regen.mjs [case-or-folder ...]
//   CPYTHON=/path/to/python3.12 overrides the interpreter (default: `python3.12` with
//   PYENV_VERSION=3.12.1 so pyenv selects the exact oracle version).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const CASES = path.join(ROOT, "cases");
const EXPECTED = path.join(ROOT, "expected");
const TIMEOUT_MS = 10_000;
const PYTHON = process.env.CPYTHON || "python3.12";

function isHelperName(name) {
  return name.startsWith("_");
}

function listCases(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (isHelperName(entry.name) || entry.name === "__pycache__") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listCases(full));
    else if (entry.isFile() && entry.name.endsWith(".py")) found.push(full);
  }
  return found.sort();
}

// A clean environment: inherited PYTHON* variables (PYTHONPATH, PYTHONSAFEPATH, PYTHONSTARTUP,
// PYTHONWARNINGS...) would change sys.path or output, so only the recording settings remain.
function pythonEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("PYTHON")) env[key] = value;
  }
  if (!process.env.CPYTHON) env.PYENV_VERSION = "3.12.1";
  env.PYTHONHASHSEED = "0";
  env.PYTHONIOENCODING = "utf-8";
  // Importing helpers must not leave __pycache__ folders inside the case tree.
  env.PYTHONDONTWRITEBYTECODE = "1";
  return env;
}

function expectedBase(casePath) {
  const rel = path.relative(CASES, casePath);
  return path.join(EXPECTED, rel.slice(0, -".py".length));
}

function writeIfChanged(file, data) {
  const old = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (old !== null && Buffer.compare(old, Buffer.from(data)) === 0) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return true;
}

function resolveTargets(args) {
  if (args.length === 0) return listCases(CASES);
  const targets = [];
  for (const arg of args) {
    let full = path.resolve(arg);
    if (!fs.existsSync(full)) full = path.resolve(CASES, arg);
    if (!fs.existsSync(full)) {
      console.error(`no such case or folder: ${arg}`);
      process.exit(2);
    }
    if (fs.statSync(full).isDirectory()) targets.push(...listCases(full));
    else targets.push(full);
  }
  return targets;
}

function recordVersion(env) {
  const result = spawnSync(PYTHON, ["-VV"], { env, encoding: "utf8" });
  if (result.error || result.status !== 0) {
    console.error(`cannot run ${PYTHON}: ${result.error ? result.error.message : result.stderr}`);
    process.exit(2);
  }
  const version = result.stdout;
  if (!version.startsWith("Python 3.12.1 ")) {
    console.error(`warning: oracle is not CPython 3.12.1: ${version.trim()}`);
  }
  writeIfChanged(path.join(EXPECTED, "VERSION"), version);
  return version.trim();
}

function deleteOrphans(dir) {
  if (!fs.existsSync(dir)) return 0;
  let deleted = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      deleted += deleteOrphans(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
      continue;
    }
    const match = /^(.*)\.(out|exit)$/.exec(entry.name);
    if (!match) continue;
    const rel = path.relative(EXPECTED, path.join(dir, match[1]));
    if (!fs.existsSync(path.join(CASES, rel + ".py"))) {
      fs.rmSync(full);
      deleted++;
    }
  }
  return deleted;
}

function main() {
  const env = pythonEnv();
  const version = recordVersion(env);
  const targets = resolveTargets(process.argv.slice(2));
  const perTopic = new Map();
  const failures = [];
  let changed = 0;
  let nonZero = 0;

  for (const casePath of targets) {
    const rel = path.relative(CASES, casePath);
    const topic = rel.split(path.sep)[0];
    const result = spawnSync(PYTHON, [path.basename(casePath)], {
      cwd: path.dirname(casePath),
      env,
      timeout: TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error || result.status === null) {
      const why = result.error ? result.error.message : `killed by ${result.signal}`;
      failures.push(`${rel}: ${why}`);
      continue;
    }
    const base = expectedBase(casePath);
    if (writeIfChanged(base + ".out", result.stdout)) changed++;
    if (writeIfChanged(base + ".exit", `${result.status}\n`)) changed++;
    if (result.status !== 0) nonZero++;
    perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
  }

  const deleted = deleteOrphans(EXPECTED);
  console.log(`oracle: ${version}`);
  for (const [topic, count] of [...perTopic].sort()) {
    console.log(`  ${topic.padEnd(16)} ${count}`);
  }
  console.log(
    `recorded ${targets.length - failures.length} of ${targets.length} cases ` +
      `(${nonZero} with non-zero exit), ${changed} files changed, ${deleted} orphans deleted`,
  );
  for (const failure of failures) console.error(`FAILED ${failure}`);
  process.exit(failures.length ? 1 : 0);
}

main();
