// The assembler: an optimised CFG plus the unit's metadata become a CodeUnit (unit.ts), as
// the end of CPython 3.12's optimize_and_assemble_code_unit() and Python/assemble.c.
//   - localsplus: locals (varnames, in first-use order), then cells that are not also
//     locals, then free variables; cell/free opargs become localsplus indexes and the
//     prologue gets COPY_FREE_VARS / MAKE_CELL (generators get no RETURN_GENERATOR: the
//     runtime creates the generator object when the function is called);
//   - stack depth, pseudo-instruction lowering and jump resolution (flowgraph.ts);
//   - code units: EXTENDED_ARG prefixes, (oparg << 8) | opcode, then the opcode's cache
//     units; every unit of an instruction carries the instruction's source span;
//   - the exception table: one entry per maximal run of instructions with the same handler.
import { Op, opCache } from "../bytecode/opcodes.gen";
import { CodeUnit, ConstValue, ExceptionTableEntry, FastKind, CoFlag } from "./unit";
import {
  Block, Cfg, ConstList, Instr, NO_LOCATION, convertPseudoOps, instrSize, optimizeCodeUnit,
  resolveJumps, stackDepth,
} from "./flowgraph";

// An insertion-ordered name -> index map (CPython's dicts of u_varnames, u_cellvars...).
export class NameIndex {
  names: Array<string> = [];
  map: Map<string, i32> = new Map<string, i32>();

  constructor(public offset: i32 = 0) {}

  has(name: string): bool {
    return this.map.has(name);
  }

  get(name: string): i32 {
    return this.map.has(name) ? this.map.get(name) : -1;
  }

  add(name: string): i32 {
    if (this.map.has(name)) return this.map.get(name);
    const i = this.names.length + this.offset;
    this.names.push(name);
    this.map.set(name, i);
    return i;
  }

  get size(): i32 {
    return this.names.length;
  }
}

// What the code generator knows about a unit besides its instructions
// (_PyCompile_CodeUnitMetadata).
export class CodeMeta {
  name: string = "";
  qualname: string = "";
  consts: ConstList = new ConstList();
  names: NameIndex = new NameIndex();
  varnames: NameIndex = new NameIndex();
  cellvars: NameIndex = new NameIndex();
  freevars: NameIndex = new NameIndex();
  fasthidden: Map<string, bool> = new Map<string, bool>();
  argcount: i32 = 0;
  posonlyargcount: i32 = 0;
  kwonlyargcount: i32 = 0;
  firstlineno: i32 = 1;
  nparams: i32 = 0; // the scope's parameters (symbol table varnames)
}

function buildCellFixedOffsets(m: CodeMeta): Array<i32> {
  const nlocals = m.varnames.size;
  const n = m.cellvars.size + m.freevars.size;
  const fixed = new Array<i32>(n);
  for (let i = 0; i < n; i++) fixed[i] = nlocals + i;
  for (let i = 0; i < m.cellvars.size; i++) {
    const name = m.cellvars.names[i];
    if (m.varnames.has(name)) fixed[m.cellvars.get(name)] = m.varnames.get(name);
  }
  return fixed;
}

function insertPrefixInstructions(m: CodeMeta, entry: Block, fixed: Array<i32>): void {
  const ncellvars = m.cellvars.size;
  if (ncellvars > 0) {
    // MAKE_CELLs in localsplus order (argument cells come first)
    const nvars = ncellvars + m.varnames.size;
    const sorted = new Array<i32>(nvars);
    for (let i = 0; i < nvars; i++) sorted[i] = 0;
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    let used = 0;
    for (let i = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex == -1) continue;
      entry.insert(used, new Instr(Op.MAKE_CELL, oldindex, NO_LOCATION));
      used++;
    }
  }
  if (m.freevars.size > 0) {
    entry.insert(0, new Instr(Op.COPY_FREE_VARS, m.freevars.size, NO_LOCATION));
  }
}

function fixCellOffsets(m: CodeMeta, entry: Block, fixed: Array<i32>): i32 {
  const nlocals = m.varnames.size;
  const n = m.cellvars.size + m.freevars.size;
  let dropped = 0;
  for (let i = 0; i < n; i++) {
    if (fixed[i] == i + nlocals) fixed[i] -= dropped;
    else dropped++; // a cell that is also an argument
  }
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      switch (ins.opcode) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          ins.oparg = fixed[ins.oparg];
          break;
      }
    }
  }
  return dropped;
}

function computeLocalsplusInfo(m: CodeMeta, nlocalsplus: i32, names: Array<string>, kinds: Array<u8>): void {
  for (let i = 0; i < nlocalsplus; i++) {
    names.push("");
    kinds.push(0);
  }
  for (let i = 0; i < m.varnames.size; i++) {
    const k = m.varnames.names[i];
    let kind = <i32>FastKind.LOCAL;
    if (m.fasthidden.has(k)) kind |= FastKind.HIDDEN;
    if (m.cellvars.has(k)) kind |= FastKind.CELL;
    names[i] = k;
    kinds[i] = <u8>kind;
  }
  const nlocals = m.varnames.size;
  let dropped = 0;
  for (let i = 0; i < m.cellvars.size; i++) {
    const k = m.cellvars.names[i];
    if (m.varnames.has(k)) {
      dropped++;
      continue;
    }
    const off = i + nlocals - dropped;
    names[off] = k;
    kinds[off] = <u8>FastKind.CELL;
  }
  for (let i = 0; i < m.freevars.size; i++) {
    const k = m.freevars.names[i];
    const off = m.freevars.get(k) + nlocals - dropped;
    names[off] = k;
    kinds[off] = <u8>FastKind.FREE;
  }
}

function writeCode(code: CodeUnit, ins: Instr): void {
  const op = ins.opcode;
  const oparg = ins.oparg;
  const size = instrSize(op, oparg);
  const caches = opCache(op);
  const ext = size - caches - 1;
  const loc = ins.loc;
  for (let k = ext; k >= 1; k--) {
    code.code.push(<u16>(((oparg >> (8 * k)) & 0xff) << 8 | Op.EXTENDED_ARG));
  }
  code.code.push(<u16>((oparg & 0xff) << 8 | op));
  for (let k = 0; k < caches; k++) code.code.push(<u16>Op.CACHE);
  for (let k = 0; k < size; k++) {
    code.lines.push(loc.line);
    code.endLines.push(loc.endLine);
    code.cols.push(loc.col);
    code.endCols.push(loc.endCol);
  }
}

function emitExceptionTable(code: CodeUnit, order: Array<Instr>): void {
  let handler: Block | null = null;
  let start = -1;
  let offset = 0;
  for (let i = 0; i < order.length; i++) {
    const ins = order[i];
    const h = ins.except;
    const hOff = h === null ? -1 : h!.offset;
    const curOff = handler === null ? -1 : handler!.offset;
    if (hOff != curOff) {
      if (handler !== null) addEntry(code, start, offset, handler!);
      start = offset;
      handler = h;
    }
    offset += instrSize(ins.opcode, ins.oparg);
  }
  if (handler !== null) addEntry(code, start, offset, handler!);
}

function addEntry(code: CodeUnit, start: i32, end: i32, h: Block): void {
  let depth = h.startDepth - 1;
  if (h.preserveLasti) depth -= 1;
  code.exceptionTable.push(new ExceptionTableEntry(start, end, h.offset, depth, h.preserveLasti));
}

function isGeneratorFlags(flags: i32): bool {
  return (flags & (CoFlag.GENERATOR | CoFlag.COROUTINE | CoFlag.ASYNC_GENERATOR)) != 0;
}

// optimize_and_assemble_code_unit: the CFG is consumed.
export function assembleUnit(g: Cfg, m: CodeMeta, flags: i32, filename: string): CodeUnit {
  const consts = m.consts;
  optimizeCodeUnit(g, consts, m.varnames.size, m.nparams, m.firstlineno);

  const fixed = buildCellFixedOffsets(m);
  insertPrefixInstructions(m, g.entry, fixed);
  const dropped = fixCellOffsets(m, g.entry, fixed);
  const nlocalsplus = m.varnames.size + m.cellvars.size + m.freevars.size - dropped;

  const maxdepth = stackDepth(g.entry, isGeneratorFlags(flags));
  convertPseudoOps(g.entry);
  resolveJumps(g);

  const code = new CodeUnit();
  const order = new Array<Instr>();
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      order.push(b.instrs[i]);
      writeCode(code, b.instrs[i]);
    }
  }
  emitExceptionTable(code, order);

  code.consts = new Array<ConstValue>();
  for (let i = 0; i < consts.values.length; i++) code.consts.push(consts.values[i]);
  code.names = m.names.names.slice(0);
  computeLocalsplusInfo(m, nlocalsplus, code.localsplusNames, code.localsplusKinds);
  code.argcount = m.posonlyargcount + m.argcount;
  code.posonlyargcount = m.posonlyargcount;
  code.kwonlyargcount = m.kwonlyargcount;
  code.flags = flags;
  code.stacksize = maxdepth;
  code.name = m.name;
  code.qualname = m.qualname.length > 0 ? m.qualname : m.name;
  code.filename = filename;
  code.firstlineno = m.firstlineno;
  return code;
}
