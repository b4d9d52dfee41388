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
// Entries live in the code object's side table (vm/cachetable.ts). Versions are global, so
// one entry serves any globals dict the code runs with (exec(code, d)): a different dict
// simply has a different version.
import { Value, NULL } from "../objects/value";
import { keysVersionOf } from "../objects/dict";
import { PyStr } from "../objects/str";
import { Frame } from "./frame";

// Entry layout: u32 globals version, u32 builtins version (0: the index is into globals),
// i32 entry index. An empty entry's globals version is u32.MAX_VALUE, which keysVersionOf
// never hands out. (12 bytes used; 16 keep every entry of the table 8-byte aligned.)
export const GLOBAL_ENTRY_BYTES: u32 = 16;

// The value of global `name` for the LOAD_GLOBAL owning `entry` when its cache missed (NULL
// when the name is nowhere), refilling the entry.
export function loadGlobalMiss(f: Frame, name: PyStr, entry: usize): Value {
  const g = f.globals;
  let ix = g.findStr(name);
  if (ix >= 0) {
    const gv = keysVersionOf(g);
    if (gv != 0) fill(entry, gv, 0, ix);
    return g.valueAt(ix);
  }
  const b = f.builtins;
  ix = b.findStr(name);
  if (ix < 0) return NULL;
  const gv = keysVersionOf(g);
  const bv = keysVersionOf(b);
  if (gv != 0 && bv != 0) fill(entry, gv, bv, ix);
  return b.valueAt(ix);
}

// @ts-ignore: decorator
@inline function fill(entry: usize, globalsVersion: u32, builtinsVersion: u32, ix: i32): void {
  store<u32>(entry, globalsVersion);
  store<u32>(entry, builtinsVersion, 4);
  store<i32>(entry, ix, 8);
}

// The cached value for the LOAD_GLOBAL owning `entry`, NULL on a miss.
// @ts-ignore: decorator
@inline export function loadGlobalCached(f: Frame, entry: usize): Value {
  const g = f.globals;
  if (load<u32>(entry) != g.keysVersion) return NULL;
  const bv = load<u32>(entry, 4);
  if (bv == 0) return g.valueAt(load<i32>(entry, 8));
  const b = f.builtins;
  if (bv != b.keysVersion) return NULL;
  return b.valueAt(load<i32>(entry, 8));
}
