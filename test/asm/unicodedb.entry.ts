// Test harness for assembly/runtime/methods/unicodedb.gen.ts: exposes each code point's
// property bits and full case mappings, so test/unit/unicodedb.test.ts can digest all of
// Unicode and compare with CPython 3.12.1 (test/unit/fixtures/unicodedb-digests.json).
import {
  ucdRecord, UCD_FLAGS, UCD_UPPER, UCD_LOWER, UCD_TITLE, UCD_FOLD, UCD_EXT, CHAR_EXTENDED,
} from "../../assembly/runtime/methods/unicodedb.gen";

export function flagsOf(cp: u32): u32 {
  return <u32>load<u16>(UCD_FLAGS + (<usize>ucdRecord(cp) << 1));
}

// which: 0 upper, 1 lower, 2 title, 3 casefold
function field(cp: u32, which: i32): i32 {
  const table = which == 0 ? UCD_UPPER : which == 1 ? UCD_LOWER : which == 2 ? UCD_TITLE : UCD_FOLD;
  return load<i32>(table + (<usize>ucdRecord(cp) << 2));
}

export function mappingLength(cp: u32, which: i32): i32 {
  if ((flagsOf(cp) & CHAR_EXTENDED) == 0) return 1;
  return <i32>(<u32>field(cp, which) >>> 24);
}

export function mappingAt(cp: u32, which: i32, k: i32): u32 {
  const m = field(cp, which);
  if ((flagsOf(cp) & CHAR_EXTENDED) == 0) return <u32>(<i32>cp + m);
  return load<u32>(UCD_EXT + ((<usize>(m & 0xffffff) + <usize>k) << 2));
}
