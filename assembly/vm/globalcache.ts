// LOAD_GLOBAL's inline cache.
//
// A LOAD_GLOBAL looks its name up in the frame's globals, then in its builtins: two hash
// probes per execution. The cache remembers where the name was found as an entry index plus
// the keys versions that keep that index valid (objects/dict.ts: a keys version names one
// dict in one key layout, and is never reused):
//   found in globals:  (globals version, index)
//   found in builtins: (globals version, builtins version, index); the globals version also
//                      proves the name is still absent from globals.
// The value itself is not cached: it is read from the entry each time, so rebinding a
// global (which keeps the layout) is seen at once.
//
// Where the entries live: two 16-bit cache units cannot hold two 32-bit versions and an
// index, so each code object has a side table (PyCode.globalCache) of ENTRY_BYTES per
// LOAD_GLOBAL, and the instruction's first cache unit holds its entry number, assigned when
// the code object is created. Versions are global, so one entry serves any globals dict the
// code runs with (exec(code, d)): a different dict simply has a different version.
import { Op, opCache } from "../bytecode/opcodes.gen";
import { Value, NULL } from "../objects/value";
import { keysVersionOf } from "../objects/dict";
import { PyStr } from "../objects/str";
import { Frame } from "./frame";

// Entry layout: u32 globals version, u32 builtins version (0: the index is into globals),
// i32 entry index, u32 unused (keeps entries a power of two apart).
const ENTRY_SHIFT: i32 = 4;

// An empty entry's globals version: keysVersionOf never hands out u32.MAX_VALUE, so it
// matches no dict.
const EMPTY: u8 = 0xff;

// Entry number given to LOAD_GLOBALs past the 65535th of one code object: they share it,
// so it is never filled (and never hits).
const SHARED: i32 = 0xffff;

// Number the LOAD_GLOBALs of `code` (writing each one's entry number into its first cache
// unit) and allocate their empty side table.
export function newGlobalCache(code: StaticArray<u16>): StaticArray<u8> {
  let n = 0;
  for (let i = 0, len = code.length; i < len; ) {
    const op = <i32>unchecked(code[i]) & 0xff;
    if (op == Op.LOAD_GLOBAL) {
      unchecked((code[i + 1] = <u16>(n < SHARED ? n : SHARED)));
      if (n <= SHARED) n++;
    }
    i += 1 + opCache(op);
  }
  const table = new StaticArray<u8>(n << ENTRY_SHIFT);
  memory.fill(changetype<usize>(table), EMPTY, <usize>(n << ENTRY_SHIFT));
  return table;
}

// The value of global `name` for the LOAD_GLOBAL owning entry `slot` when its cache missed
// (NULL when the name is nowhere), refilling the entry.
export function loadGlobalMiss(f: Frame, name: PyStr, table: StaticArray<u8>, slot: i32): Value {
  const entry = changetype<usize>(table) + (<usize>slot << ENTRY_SHIFT);
  const g = f.globals;
  let ix = g.findStr(name);
  if (ix >= 0) {
    const gv = keysVersionOf(g);
    if (gv != 0 && slot != SHARED) fill(entry, gv, 0, ix);
    return g.valueAt(ix);
  }
  const b = f.builtins;
  ix = b.findStr(name);
  if (ix < 0) return NULL;
  const gv = keysVersionOf(g);
  const bv = keysVersionOf(b);
  if (gv != 0 && bv != 0 && slot != SHARED) fill(entry, gv, bv, ix);
  return b.valueAt(ix);
}

// @ts-ignore: decorator
@inline function fill(entry: usize, globalsVersion: u32, builtinsVersion: u32, ix: i32): void {
  store<u32>(entry, globalsVersion);
  store<u32>(entry, builtinsVersion, 4);
  store<i32>(entry, ix, 8);
}

// The cached value for the LOAD_GLOBAL owning entry `slot`, NULL on a miss.
// @ts-ignore: decorator
@inline export function loadGlobalCached(f: Frame, table: StaticArray<u8>, slot: i32): Value {
  const entry = changetype<usize>(table) + (<usize>slot << ENTRY_SHIFT);
  const g = f.globals;
  if (load<u32>(entry) != g.keysVersion) return NULL;
  const bv = load<u32>(entry, 4);
  if (bv == 0) return g.valueAt(load<i32>(entry, 8));
  const b = f.builtins;
  if (bv != b.keysVersion) return NULL;
  return b.valueAt(load<i32>(entry, 8));
}
