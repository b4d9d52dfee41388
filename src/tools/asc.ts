// Runs the AssemblyScript compiler (same arguments as the `asc` command) with our own heap
// (assembly/memory/heap.ts) as the runtime.
//
// Why not `asc --runtime ./assembly/memory/heap`: asc compiles every custom runtime as if it
// were the incremental one. It adds a shadow stack to every function that holds a reference
// (measured: fib.py 2.1x slower, the wasm 40% larger) and compiles the standard library to
// expect zeroed memory from __new. Our heap is a stop-the-world collector that is only called
// at safe points, exactly the contract of the `minimal` runtime. So asc is told
// `--runtime minimal` and this wrapper registers our heap as the library file that runtime
// loads (`~lib/rt/index-minimal`): library folders given with `--lib` may add or replace
// library files, and the folder listing below adds that one.
import asc from "assemblyscript/asc";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const LIB_DIR = resolve("assembly/lib");
const RUNTIME_FILE = "rt/index-minimal.ts";
const HEAP = resolve("assembly/memory/heap.ts");

const isSource = (f: string) => f.endsWith(".ts") && !f.endsWith(".d.ts");

const { error, stderr } = await asc.main(process.argv.slice(2), {
  listFiles(dirname: string, baseDir: string) {
    const dir = resolve(baseDir, dirname);
    if (!existsSync(dir)) return null;
    const files = readdirSync(dir).filter(isSource);
    if (dir === LIB_DIR) files.push(RUNTIME_FILE);
    return files;
  },
  readFile(filename: string, baseDir: string) {
    const file = resolve(baseDir, filename);
    if (file === join(LIB_DIR, RUNTIME_FILE)) return readFileSync(HEAP, "utf8");
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  },
});
if (error) {
  process.stderr.write(stderr.toString());
  process.exit(1);
}
