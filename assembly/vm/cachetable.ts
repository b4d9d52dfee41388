// Inline-cache side tables.
//
// The opcode table reserves cache units after LOAD_GLOBAL (2), LOAD_ATTR and STORE_ATTR (3),
// but 16-bit units cannot hold what those caches need (32-bit versions, an index, a cached
// descriptor). So each code object has a side table (PyCode.caches) with an entry per such
// instruction, and the instruction's first two cache units hold the byte offset of its entry
// (a u32), written once when the code object is created. What an entry holds is up to its
// instruction: vm/globalcache.ts (LOAD_GLOBAL) and vm/attrcache.ts (LOAD_ATTR, STORE_ATTR,
// several ways each). A new entry is all 0xff bytes, which those layouts read as "empty".
import { Op, opCache } from "../bytecode/opcodes.gen";
import { GLOBAL_ENTRY_BYTES } from "./globalcache";
import { ATTR_ENTRY_BYTES } from "./attrcache";

// Bytes of side table an instruction takes (0: none).
// @ts-ignore: decorator
@inline function entryBytes(op: i32): u32 {
  if (op == Op.LOAD_GLOBAL) return GLOBAL_ENTRY_BYTES;
  if (op == Op.LOAD_ATTR || op == Op.STORE_ATTR) return ATTR_ENTRY_BYTES;
  return 0;
}

// Give the cached instructions of `code` their entries (writing each one's offset into its
// cache units) and allocate the empty side table.
export function newCacheTable(code: StaticArray<u16>): StaticArray<u8> {
  let size: u32 = 0;
  for (let i = 0, len = code.length; i < len; ) {
    const op = <i32>unchecked(code[i]) & 0xff;
    const n = entryBytes(op);
    if (n != 0) {
      unchecked((code[i + 1] = <u16>size));
      unchecked((code[i + 2] = <u16>(size >>> 16)));
      size += n;
    }
    i += 1 + opCache(op);
  }
  const table = new StaticArray<u8>(<i32>size);
  memory.fill(changetype<usize>(table), 0xff, <usize>size);
  return table;
}

// The entry of the cached instruction whose first cache unit is code unit `ip`.
// @ts-ignore: decorator
@inline export function cacheEntry(table: StaticArray<u8>, codep: usize, ip: i32): usize {
  return changetype<usize>(table) + <usize>load<u32>(codep + (<usize>ip << 1));
}
