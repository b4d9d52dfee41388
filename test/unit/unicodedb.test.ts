/*
 * The Unicode tables of str methods (assembly/runtime/methods/unicodedb.gen.ts) against
 * CPython 3.12.1 for every code point: the harness test/asm/unicodedb.entry.ts is compiled
 * (release and debug, where every unchecked() is checked), each block of 4096 code points is
 * digested from its property bits and full case mappings, and the digests must equal those in
 * test/unit/fixtures/unicodedb-digests.json (re-recorded by unicodedb.regen.py).
 */
import { describe, it, expect } from "vitest";
import asc from "assemblyscript/asc";
import { readFileSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const OUT_DIR = path.join(ROOT, "build/test");
// The generated tables' bit for "mappings are stored out of line": an encoding detail, not a
// property, so it is left out of the digest.
const CHAR_EXTENDED = 1 << 14;

const fixture = JSON.parse(readFileSync(path.join(HERE, "fixtures", "unicodedb-digests.json"), "utf8"));

async function compile(variant: "release" | "debug"): Promise<any> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outFile = path.join(OUT_DIR, `unicodedb.${variant}.wasm`);
  const flags = variant === "release" ? ["-O3", "--noAssert"] : ["--debug", "--uncheckedBehavior", "never"];
  const stderr = asc.createMemoryStream();
  const { error } = await asc.main(
    ["test/asm/unicodedb.entry.ts", "--outFile", outFile, "--runtime", "stub", ...flags],
    {
      stderr,
      // Compile with exactly these flags: the project's asconfig.json targets the VM.
      readFile: async (name: string, baseDir: string) => {
        if (name === "asconfig.json") return null;
        try {
          return await readFile(path.resolve(baseDir, name), "utf8");
        } catch {
          return null;
        }
      },
    } as any,
  );
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr.toString()}`);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(outFile)), {
    env: { abort: () => { throw new Error("abort in unicodedb harness"); } },
  });
  return instance.exports;
}

function fnv(h: number, x: number): number {
  for (let shift = 0; shift < 32; shift += 8) {
    h = (h ^ ((x >>> shift) & 0xff)) >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function digests(ex: any): string[] {
  const block: number = fixture.block;
  const out: string[] = [];
  for (let start = 0; start < 0x110000; start += block) {
    let h = 0x811c9dc5;
    for (let cp = start; cp < start + block; cp++) {
      h = fnv(h, ex.flagsOf(cp) & ~CHAR_EXTENDED);
      for (let which = 0; which < 4; which++) {
        const n = ex.mappingLength(cp, which);
        h = fnv(h, n);
        for (let k = 0; k < n; k++) h = fnv(h, ex.mappingAt(cp, which, k));
      }
    }
    out.push(h.toString(16).padStart(8, "0"));
  }
  return out;
}

describe("unicodedb.gen.ts", () => {
  for (const variant of ["release", "debug"] as const) {
    it(`matches CPython ${fixture.python} (Unicode ${fixture.unicode}) for every code point (${variant})`, async () => {
      const got = digests(await compile(variant));
      const mismatched = got.map((d, i) => (d === fixture.digests[i] ? null : "U+" + (i * fixture.block).toString(16))).filter((x) => x);
      expect(mismatched).toEqual([]);
    }, 60_000);
  }
});
