// The `sidewinder` command: `sidewinder run FILE.py [args...]` behaves like
// `python3 FILE.py`, `sidewinder -c CODE [args...]` like `python3 -c CODE`.
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createInterpreter } from "../index.js";

const USAGE = `usage: sidewinder run FILE.py [args...]
       sidewinder -c CODE [args...]
       sidewinder FILE.py [args...]`;

function readLocal(path: string): Uint8Array | null {
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return null;
    return readFileSync(path);
  } catch {
    return null;
  }
}

export async function main(argv: string[]): Promise<number> {
  let args = argv;
  if (args[0] === "run") args = args.slice(1);
  if (args.length === 0 || args[0] === "-h" || args[0] === "--help") {
    process.stderr.write(USAGE + "\n");
    return args.length === 0 ? 2 : 0;
  }
  let source: string;
  let filename: string;
  let pyArgv: string[];
  let path: string[];
  if (args[0] === "-c") {
    if (args.length < 2) {
      process.stderr.write("Argument expected for the -c option\n");
      return 2;
    }
    source = args[1];
    filename = "<string>";
    pyArgv = ["-c", ...args.slice(2)];
    path = [""];
  } else {
    const file = args[0];
    const data = readLocal(file);
    if (data === null) {
      process.stderr.write(`sidewinder: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    source = new TextDecoder().decode(data);
    filename = file;
    pyArgv = args;
    path = [dirname(file) === "." ? "" : dirname(file)];
  }
  const py = await createInterpreter({
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    argv: pyArgv,
    path,
    files: readLocal,
  });
  const r = py.run(source, filename);
  return r.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`sidewinder: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
