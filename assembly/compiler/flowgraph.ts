// The control-flow graph between code generation and assembly, as CPython 3.12's
// Python/flowgraph.c. The code generator's flat instruction sequence (jumps name labels) is
// cut into basic blocks; then, in CPython's order:
//   label exception handlers (which handler covers each instruction, YIELD_VALUE depth),
//   optimise (inline small exit blocks, fold constant conditionals and tuples, thread
//   jumps, optimise SWAPs, drop redundant NOPs and LOAD_CONST/POP_TOP pairs, drop
//   unreachable blocks and redundant jumps), drop unused constants, choose LOAD_FAST_CHECK
//   for locals that may be unbound, move cold (exception-only) blocks to the end, and give
//   every exit a line number. Afterwards the assembler computes the stack depth, turns
//   pseudo-instructions into real ones and resolves jump offsets (in code units, counting
//   our cache sizes and EXTENDED_ARG prefixes).
// Every transformation mirrors CPython's because the resulting instruction layout, jump
// directions and line numbers define the PEP 669 events a program produces.
import { Op, opCache, stackPop, stackPush } from "../bytecode/opcodes.gen";
import { ConstTag, ConstValue } from "./unit";
import { constIsTrue, constKey, makeTuple } from "./consts";

// ---------------------------------------------------------------- locations and instructions

export class Loc {
  constructor(
    public line: i32,
    public endLine: i32,
    public col: i32,
    public endCol: i32,
  ) {}

  same(o: Loc): bool {
    return this.line == o.line && this.endLine == o.endLine && this.col == o.col && this.endCol == o.endCol;
  }
}

export const NO_LOCATION = new Loc(-1, -1, -1, -1);

export class Instr {
  target: Block | null = null; // jump / handler target, once labels are resolved
  except: Block | null = null; // the handler active at this instruction
  constructor(
    public opcode: i32,
    public oparg: i32,
    public loc: Loc,
  ) {}

  clone(): Instr {
    const i = new Instr(this.opcode, this.oparg, this.loc);
    i.target = this.target;
    i.except = this.except;
    return i;
  }

  setOp0(op: i32): void {
    this.opcode = op;
    this.oparg = 0;
  }
}

// ---------------------------------------------------------------- opcode classes (pycore_opcode_utils.h)

export function isJumpOp(op: i32): bool {
  switch (op) {
    case Op.FOR_ITER:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.SEND:
    case Op.JUMP:
    case Op.JUMP_NO_INTERRUPT:
      return true;
  }
  return false;
}

export function isBlockPushOp(op: i32): bool {
  return op == Op.SETUP_FINALLY || op == Op.SETUP_WITH || op == Op.SETUP_CLEANUP;
}

export function hasTarget(op: i32): bool {
  return isJumpOp(op) || isBlockPushOp(op);
}

export function isScopeExitOp(op: i32): bool {
  return op == Op.RETURN_VALUE || op == Op.RETURN_CONST || op == Op.RAISE_VARARGS || op == Op.RERAISE;
}

function isTerminatorOp(op: i32): bool {
  return isJumpOp(op) || isScopeExitOp(op);
}

function isUnconditionalJumpOp(op: i32): bool {
  return op == Op.JUMP || op == Op.JUMP_NO_INTERRUPT || op == Op.JUMP_FORWARD ||
    op == Op.JUMP_BACKWARD || op == Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function hasConstArg(op: i32): bool {
  return op == Op.LOAD_CONST || op == Op.RETURN_CONST || op == Op.KW_NAMES;
}

// Code units of an instruction: EXTENDED_ARG prefixes, the opcode, its caches.
export function instrSize(op: i32, oparg: i32): i32 {
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + opCache(op);
}

// Stack effect on the fall-through path, or (jump) on the branch, as CPython's
// stack_effect(): real jumps leave the same depth on both paths (FOR_ITER's target is the
// END_FOR that pops what the fall-through pushed).
export function stackEffect(op: i32, oparg: i32, jump: bool): i32 {
  switch (op) {
    case Op.POP_BLOCK:
    case Op.JUMP:
    case Op.JUMP_NO_INTERRUPT:
      return 0;
    case Op.SETUP_FINALLY:
    case Op.SETUP_WITH:
      return jump ? 1 : 0;
    case Op.SETUP_CLEANUP:
      return jump ? 2 : 0;
    case Op.STORE_FAST_MAYBE_NULL:
      return -1;
  }
  return stackPush(op, oparg) - stackPop(op, oparg);
}

// ---------------------------------------------------------------- blocks

function insertAt(list: Array<Instr>, pos: i32, instr: Instr): void {
  list.push(instr);
  for (let i = list.length - 1; i > pos; i--) list[i] = list[i - 1];
  list[pos] = instr;
}

class ExceptStack {
  handlers: Array<Block | null> = [null];
  depth: i32 = 0;

  copy(): ExceptStack {
    const c = new ExceptStack();
    c.handlers = this.handlers.slice(0);
    c.depth = this.depth;
    return c;
  }

  push(setup: Instr): Block {
    const target = setup.target!;
    if (setup.opcode == Op.SETUP_WITH || setup.opcode == Op.SETUP_CLEANUP) target.preserveLasti = true;
    this.depth++;
    if (this.handlers.length <= this.depth) this.handlers.push(target);
    else this.handlers[this.depth] = target;
    return target;
  }

  pop(): Block | null {
    this.depth--;
    return this.handlers[this.depth];
  }

  top(): Block | null {
    return this.handlers[this.depth];
  }
}

export class Block {
  label: i32 = -1;
  instrs: Array<Instr> = [];
  next: Block | null = null;
  exceptStack: ExceptStack | null = null;
  unsafeLocalsMask: u64 = 0;
  predecessors: i32 = 0;
  startDepth: i32 = 0;
  offset: i32 = 0;
  preserveLasti: bool = false;
  visited: bool = false;
  exceptHandler: bool = false;
  cold: bool = false;
  warm: bool = false;

  last(): Instr | null {
    const n = this.instrs.length;
    return n > 0 ? this.instrs[n - 1] : null;
  }

  noFallthrough(): bool {
    const l = this.last();
    return l !== null && (isScopeExitOp(l.opcode) || isUnconditionalJumpOp(l.opcode));
  }

  hasFallthrough(): bool {
    return !this.noFallthrough();
  }

  exitsScope(): bool {
    const l = this.last();
    return l !== null && isScopeExitOp(l.opcode);
  }

  addop(op: i32, oparg: i32, loc: Loc): Instr {
    const i = new Instr(op, oparg, loc);
    this.instrs.push(i);
    return i;
  }

  appendInstructions(src: Block): void {
    for (let i = 0; i < src.instrs.length; i++) this.instrs.push(src.instrs[i].clone());
  }

  insert(pos: i32, instr: Instr): void {
    insertAt(this.instrs, pos, instr);
  }
}

export class Cfg {
  entry: Block;
  cur: Block;
  currentLabel: i32 = -1;

  constructor() {
    const b = new Block();
    this.entry = b;
    this.cur = b;
  }

  newBlock(): Block {
    return new Block();
  }

  private curIsTerminated(): bool {
    const last = this.cur.last();
    if (last !== null && isTerminatorOp(last.opcode)) return true;
    if (this.currentLabel >= 0) {
      if (last !== null || this.cur.label >= 0) return true;
      // the current block is empty: it takes the label
      this.cur.label = this.currentLabel;
      this.currentLabel = -1;
    }
    return false;
  }

  private maybeStartNewBlock(): void {
    if (this.curIsTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.cur.next = b;
      this.cur = b;
    }
  }

  useLabel(lbl: i32): void {
    this.currentLabel = lbl;
    this.maybeStartNewBlock();
  }

  addop(op: i32, oparg: i32, loc: Loc): void {
    this.maybeStartNewBlock();
    this.cur.addop(op, oparg, loc);
  }
}

// ---------------------------------------------------------------- the code generator's output

export class InstrSequence {
  instrs: Array<Instr> = [];
  labelMap: Array<i32> = [];
  nextFreeLabel: i32 = 0;

  newLabel(): i32 {
    return ++this.nextFreeLabel;
  }

  useLabel(lbl: i32): void {
    while (this.labelMap.length <= lbl) this.labelMap.push(-111);
    this.labelMap[lbl] = this.instrs.length;
  }

  addop(op: i32, oparg: i32, loc: Loc): void {
    this.instrs.push(new Instr(op, oparg, loc));
  }

  insert(pos: i32, op: i32, oparg: i32, loc: Loc): void {
    insertAt(this.instrs, pos, new Instr(op, oparg, loc));
    for (let l = 0; l < this.labelMap.length; l++) {
      if (this.labelMap[l] >= pos) this.labelMap[l]++;
    }
  }

  // instr_sequence_to_cfg: one label per offset, chosen consistently.
  toCfg(): Cfg {
    const g = new Cfg();
    const n = this.instrs.length;
    const offset2lbl = new Array<i32>(n);
    for (let i = 0; i < n; i++) offset2lbl[i] = -1;
    for (let lbl = 0; lbl < this.labelMap.length; lbl++) {
      const off = this.labelMap[lbl];
      if (off >= 0 && off < n) offset2lbl[off] = lbl;
    }
    for (let i = 0; i < n; i++) {
      const lbl = offset2lbl[i];
      if (lbl >= 0) g.useLabel(lbl);
      const ins = this.instrs[i];
      let oparg = ins.oparg;
      if (hasTarget(ins.opcode)) oparg = offset2lbl[this.labelMap[oparg]];
      g.addop(ins.opcode, oparg, ins.loc);
    }
    return g;
  }
}

// ---------------------------------------------------------------- preprocessing

function maxLabel(entry: Block): i32 {
  let lbl = -1;
  for (let b: Block | null = entry; b !== null; b = b.next) if (b.label > lbl) lbl = b.label;
  return lbl;
}

function translateJumpLabelsToTargets(entry: Block): void {
  const max = maxLabel(entry);
  const label2block = new Array<Block | null>(max + 1);
  for (let i = 0; i <= max; i++) label2block[i] = null;
  for (let b: Block | null = entry; b !== null; b = b.next) if (b.label >= 0) label2block[b.label] = b;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (hasTarget(ins.opcode)) ins.target = label2block[ins.oparg];
    }
  }
}

function markExceptHandlers(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isBlockPushOp(ins.opcode)) ins.target!.exceptHandler = true;
    }
  }
}

function resetVisited(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) b.visited = false;
}

function labelExceptionTargets(entry: Block): void {
  resetVisited(entry);
  const todo = new Array<Block>();
  let exceptStack: ExceptStack | null = new ExceptStack();
  todo.push(entry);
  entry.visited = true;
  entry.exceptStack = exceptStack;
  while (todo.length > 0) {
    const b = todo.pop();
    exceptStack = b.exceptStack;
    b.exceptStack = null;
    let handler = exceptStack!.top();
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isBlockPushOp(ins.opcode)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = exceptStack!.copy();
          todo.push(t);
          t.visited = true;
        }
        handler = exceptStack!.push(ins);
      } else if (ins.opcode == Op.POP_BLOCK) {
        handler = exceptStack!.pop();
      } else if (isJumpOp(ins.opcode)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (b.hasFallthrough()) {
            t.exceptStack = exceptStack!.copy();
          } else {
            t.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        if (ins.opcode == Op.YIELD_VALUE) ins.oparg = exceptStack!.depth;
        ins.except = handler;
      }
    }
    if (b.hasFallthrough() && b.next !== null && !b.next!.visited) {
      b.next!.exceptStack = exceptStack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

// ---------------------------------------------------------------- optimisations

function markReachable(entry: Block): void {
  resetVisited(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) b.predecessors = 0;
  const stack = new Array<Block>();
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length > 0) {
    const b = stack.pop();
    b.visited = true;
    if (b.next !== null && b.hasFallthrough()) {
      if (!b.next!.visited) stack.push(b.next!);
      b.next!.predecessors++;
    }
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isJumpOp(ins.opcode) || isBlockPushOp(ins.opcode)) {
        const t = ins.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    let next = b.next;
    while (next !== null && next.instrs.length == 0) next = next.next;
    b.next = next;
  }
  while (g.entry.instrs.length == 0 && g.entry.next !== null) g.entry = g.entry.next!;
  let nextLbl = maxLabel(g.entry) + 1;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (hasTarget(ins.opcode)) {
        let t = ins.target!;
        while (t.instrs.length == 0) t = t.next!;
        if (ins.target !== t) {
          if (t.label < 0) t.label = nextLbl++;
          ins.target = t;
          ins.oparg = t.label;
        }
      }
    }
  }
}

function removeRedundantNops(bb: Block): i32 {
  let dest = 0;
  let prevLineno = -1;
  const instrs = bb.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const lineno = instrs[src].loc.line;
    if (instrs[src].opcode == Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno == lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1].loc.line;
        if (nextLineno == lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = instrs[src].loc;
          continue;
        }
      } else {
        let next = bb.next;
        while (next !== null && next.instrs.length == 0) next = next.next;
        if (next !== null) {
          let nextLoc = NO_LOCATION;
          for (let k = 0; k < next.instrs.length; k++) {
            const ins = next.instrs[k];
            if (ins.opcode == Op.NOP && ins.loc.line == -1) continue;
            nextLoc = ins.loc;
            break;
          }
          if (lineno == nextLoc.line) continue;
        }
      }
    }
    if (dest != src) instrs[dest] = instrs[src];
    dest++;
    prevLineno = lineno;
  }
  const removed = instrs.length - dest;
  instrs.length = dest;
  return removed;
}

function removeRedundantNopsAndPairs(entry: Block): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    let instr: Instr | null = null;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      removeRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (let i = 0; i < b.instrs.length; i++) {
        prev = instr;
        instr = b.instrs[i];
        const prevOp = prev !== null ? prev.opcode : 0;
        const prevArg = prev !== null ? prev.oparg : 0;
        if (instr.opcode == Op.POP_TOP && (prevOp == Op.LOAD_CONST || (prevOp == Op.COPY && prevArg == 1))) {
          prev!.setOp0(Op.NOP);
          instr.setOp0(Op.NOP);
          done = false;
        }
      }
      if ((instr !== null && isJumpOp(instr.opcode)) || !b.hasFallthrough()) instr = null;
    }
  }
}

function removeRedundantJumps(g: Cfg): void {
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const last = b.last();
    if (last !== null && isUnconditionalJumpOp(last.opcode) && last.target === b.next) {
      last.setOp0(Op.NOP);
    }
  }
}

const MAX_COPY_SIZE: i32 = 4;

function inlineSmallExitBlocks(bb: Block): void {
  const last = bb.last();
  if (last === null || !isUnconditionalJumpOp(last.opcode)) return;
  const target = last.target!;
  if (target.exitsScope() && target.instrs.length <= MAX_COPY_SIZE) {
    last.setOp0(Op.NOP);
    bb.appendInstructions(target);
  }
}

function jumpThread(inst: Instr, target: Instr, opcode: i32): bool {
  // bpo-45773: a jump to a jump to the same place would loop forever
  if ((inst.loc.line == target.loc.line || target.loc.line == -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

// co_consts while the code unit is optimised: values plus their merge keys.
export class ConstList {
  values: Array<ConstValue> = [];
  keys: Array<string> = [];

  indexOf(v: ConstValue): i32 {
    const k = constKey(v);
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] == k) return i;
    return -1;
  }

  add(v: ConstValue): i32 {
    const i = this.indexOf(v);
    if (i >= 0) return i;
    this.values.push(v);
    this.keys.push(constKey(v));
    return this.values.length - 1;
  }
}


function foldTupleOnConstants(instrs: Array<Instr>, start: i32, n: i32, consts: ConstList): void {
  for (let i = 0; i < n; i++) if (!hasConstArg(instrs[start + i].opcode)) return;
  const items = new Array<ConstValue>();
  for (let i = 0; i < n; i++) items.push(consts.values[instrs[start + i].oparg]);
  const index = consts.add(makeTuple(items));
  for (let i = 0; i < n; i++) instrs[start + i].setOp0(Op.NOP);
  instrs[start + n].opcode = Op.LOAD_CONST;
  instrs[start + n].oparg = index;
}

// Replaces a run of SWAPs and NOPs starting at ix with an optimal one; returns the index of
// its last instruction.
function swaptimize(block: Block, ix: i32): i32 {
  const instrs = block.instrs;
  let depth = instrs[ix].oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].opcode;
    if (op == Op.SWAP) {
      depth = max(depth, instrs[ix + len].oparg);
      more = true;
    } else if (op != Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack = new Array<i32>(depth);
  for (let i = 0; i < depth; i++) stack[i] = i;
  for (let i = 0; i < len; i++) {
    if (instrs[ix + i].opcode == Op.SWAP) {
      const oparg = instrs[ix + i].oparg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] == VISITED || stack[i] == i) continue;
    let j = i;
    while (true) {
      if (j != 0) {
        instrs[ix + current].opcode = Op.SWAP;
        instrs[ix + current].oparg = j + 1;
        current--;
      }
      if (stack[j] == VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (0 <= current) {
    instrs[ix + current].setOp0(Op.NOP);
    current--;
  }
  return ix + len - 1;
}

function isSwappable(op: i32): bool {
  return op == Op.STORE_FAST || op == Op.STORE_FAST_MAYBE_NULL || op == Op.POP_TOP;
}

function storesTo(ins: Instr): i32 {
  return ins.opcode == Op.STORE_FAST || ins.opcode == Op.STORE_FAST_MAYBE_NULL ? ins.oparg : -1;
}

function nextSwappableInstruction(block: Block, i: i32, lineno: i32): i32 {
  while (++i < block.instrs.length) {
    const ins = block.instrs[i];
    if (0 <= lineno && ins.loc.line != lineno) return -1;
    if (ins.opcode == Op.NOP) continue;
    if (isSwappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(block: Block, i: i32): void {
  for (; 0 <= i; i--) {
    const swap = block.instrs[i];
    if (swap.opcode != Op.SWAP) {
      if (swap.opcode == Op.NOP || isSwappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].loc.line;
    for (let count = swap.oparg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ == storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s == storeJ || s == storeK)) return;
      }
    }
    swap.setOp0(Op.NOP);
    const temp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = temp;
  }
}

const NOP_INSTR = new Instr(Op.NOP, 0, NO_LOCATION);

function optimizeBasicBlock(bb: Block, consts: ConstList): void {
  let target: Instr = NOP_INSTR;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    const isCopyOfLoadConst = opcode == Op.LOAD_CONST && inst.opcode == Op.COPY && inst.oparg == 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      if (hasTarget(opcode)) target = inst.target!.instrs[0];
      else target = NOP_INSTR;
    }
    const nextop = i + 1 < bb.instrs.length ? bb.instrs[i + 1].opcode : 0;
    switch (opcode) {
      case Op.LOAD_CONST: {
        if (nextop == Op.POP_JUMP_IF_FALSE || nextop == Op.POP_JUMP_IF_TRUE) {
          const isTrue = constIsTrue(consts.values[oparg]);
          inst.setOp0(Op.NOP);
          const jumpIfTrue = nextop == Op.POP_JUMP_IF_TRUE;
          if (isTrue == jumpIfTrue) bb.instrs[i + 1].opcode = Op.JUMP;
          else bb.instrs[i + 1].setOp0(Op.NOP);
        } else if (nextop == Op.IS_OP) {
          const cnt = consts.values[oparg];
          const jumpOp = i + 2 < bb.instrs.length ? bb.instrs[i + 2].opcode : 0;
          if (cnt.tag == ConstTag.None && (jumpOp == Op.POP_JUMP_IF_FALSE || jumpOp == Op.POP_JUMP_IF_TRUE)) {
            const nextarg = bb.instrs[i + 1].oparg;
            inst.setOp0(Op.NOP);
            bb.instrs[i + 1].setOp0(Op.NOP);
            bb.instrs[i + 2].opcode = (nextarg ^ (jumpOp == Op.POP_JUMP_IF_FALSE ? 1 : 0)) != 0
              ? Op.POP_JUMP_IF_NOT_NONE
              : Op.POP_JUMP_IF_NONE;
          }
        } else if (nextop == Op.RETURN_VALUE) {
          inst.setOp0(Op.NOP);
          i++;
          bb.instrs[i].opcode = Op.RETURN_CONST;
          bb.instrs[i].oparg = oparg;
        }
        break;
      }
      case Op.BUILD_TUPLE: {
        if (nextop == Op.UNPACK_SEQUENCE && oparg == bb.instrs[i + 1].oparg) {
          if (oparg == 1) {
            inst.setOp0(Op.NOP);
            bb.instrs[i + 1].setOp0(Op.NOP);
            continue;
          }
          if (oparg == 2 || oparg == 3) {
            inst.setOp0(Op.NOP);
            bb.instrs[i + 1].opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb.instrs, i - oparg, oparg, consts);
        break;
      }
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.opcode == Op.JUMP) {
          if (jumpThread(inst, target, inst.opcode)) i--;
        }
        break;
      case Op.SWAP:
        if (oparg == 1) {
          inst.setOp0(Op.NOP);
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop == Op.LOAD_GLOBAL && (bb.instrs[i + 1].oparg & 1) == 0) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

function optimizeCfg(g: Cfg, consts: ConstList): void {
  eliminateEmptyBasicBlocks(g);
  for (let b: Block | null = g.entry; b !== null; b = b.next) inlineSmallExitBlocks(b);
  for (let b: Block | null = g.entry; b !== null; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g.entry);
  for (let b: Block | null = g.entry; b !== null; b = b.next) inlineSmallExitBlocks(b);
  markReachable(g.entry);
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.predecessors == 0) b.instrs.length = 0;
  }
  for (let b: Block | null = g.entry; b !== null; b = b.next) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(g);
  removeRedundantJumps(g);
}

// Drops constants no instruction uses (the first, a possible docstring, always stays).
function removeUnusedConsts(entry: Block, consts: ConstList): void {
  const n = consts.values.length;
  if (n == 0) return;
  const indexMap = new Array<i32>(n);
  for (let i = 1; i < n; i++) indexMap[i] = -1;
  indexMap[0] = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      if (hasConstArg(b.instrs[i].opcode)) {
        const idx = b.instrs[i].oparg;
        indexMap[idx] = idx;
      }
    }
  }
  let used = 0;
  for (let i = 0; i < n; i++) if (indexMap[i] != -1) indexMap[used++] = indexMap[i];
  if (used == n) return;
  const values = new Array<ConstValue>();
  const keys = new Array<string>();
  const reverse = new Array<i32>(n);
  for (let i = 0; i < n; i++) reverse[i] = -1;
  for (let i = 0; i < used; i++) {
    values.push(consts.values[indexMap[i]]);
    keys.push(consts.keys[indexMap[i]]);
    reverse[indexMap[i]] = i;
  }
  consts.values = values;
  consts.keys = keys;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      if (hasConstArg(b.instrs[i].opcode)) b.instrs[i].oparg = reverse[b.instrs[i].oparg];
    }
  }
}

function maybePush(b: Block, unsafeMask: u64, stack: Array<Block>): void {
  const both = b.unsafeLocalsMask | unsafeMask;
  if (b.unsafeLocalsMask != both) {
    b.unsafeLocalsMask = both;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Array<Block>): void {
  let unsafeMask = b.unsafeLocalsMask;
  for (let i = 0; i < b.instrs.length; i++) {
    const ins = b.instrs[i];
    if (ins.except !== null) maybePush(ins.except!, unsafeMask, stack);
    if (ins.oparg >= 64) continue;
    const bit: u64 = <u64>1 << <u64>ins.oparg;
    switch (ins.opcode) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        unsafeMask |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        unsafeMask &= ~bit;
        break;
      case Op.LOAD_FAST:
        if ((unsafeMask & bit) != 0) ins.opcode = Op.LOAD_FAST_CHECK;
        unsafeMask &= ~bit;
        break;
    }
  }
  if (b.next !== null && b.hasFallthrough()) maybePush(b.next!, unsafeMask, stack);
  const last = b.last();
  if (last !== null && isJumpOp(last.opcode)) maybePush(last.target!, unsafeMask, stack);
}

function fastScanManyLocals(entry: Block, nlocals: i32): void {
  const states = new Array<i32>(nlocals - 64);
  for (let i = 0; i < states.length; i++) states[i] = 0;
  let blocknum = 0;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    blocknum++;
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      const arg = ins.oparg;
      if (arg < 64) continue;
      switch (ins.opcode) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] != blocknum) ins.opcode = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function addChecksForLoadsOfUninitializedVariables(entry: Block, nlocals: i32, nparams: i32): void {
  if (nlocals == 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  resetVisited(entry);
  for (let b: Block | null = entry; b !== null; b = b.next) b.unsafeLocalsMask = 0;
  const stack = new Array<Block>();
  let startMask: u64 = 0;
  for (let i = nparams; i < nlocals; i++) startMask |= <u64>1 << <u64>i;
  maybePush(entry, startMask, stack);
  for (let b: Block | null = entry; b !== null; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length > 0) {
    const b = stack.pop();
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

function markWarm(entry: Block): void {
  resetVisited(entry);
  const stack = new Array<Block>();
  stack.push(entry);
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop();
    b.warm = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough() && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isJumpOp(ins.opcode) && !ins.target!.visited) {
        stack.push(ins.target!);
        ins.target!.visited = true;
      }
    }
  }
}

function markCold(entry: Block): void {
  markWarm(entry);
  resetVisited(entry);
  const stack = new Array<Block>();
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop();
    b.cold = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough()) {
      if (!next.warm && !next.visited) {
        stack.push(next);
        next.visited = true;
      }
    }
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isJumpOp(ins.opcode)) {
        const t = ins.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: Cfg): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(entry);
  let nextLbl = maxLabel(g.entry) + 1;
  // a cold block falling through to a warm one gets an explicit jump
  for (let b: Block | null = entry; b !== null; b = b.next) {
    if (b.cold && b.hasFallthrough() && b.next !== null && b.next!.warm) {
      const explicitJump = g.newBlock();
      if (b.next!.label < 0) b.next!.label = nextLbl++;
      const j = explicitJump.addop(Op.JUMP, b.next!.label, NO_LOCATION);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      b.next = explicitJump;
      j.target = explicitJump.next;
    }
  }
  let coldBlocks: Block | null = null;
  let coldTail: Block | null = null;
  let b = entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next!.cold) b = b.next!;
    if (b.next === null) break;
    const start = b.next!;
    let end = start;
    while (end.next !== null && end.next!.cold) end = end.next!;
    if (coldBlocks === null) coldBlocks = start;
    else coldTail!.next = start;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantJumps(g);
}

function isExitWithoutLineno(b: Block): bool {
  if (!b.exitsScope()) return false;
  for (let i = 0; i < b.instrs.length; i++) if (b.instrs[i].loc.line >= 0) return false;
  return true;
}

function copyBasicBlock(block: Block): Block {
  const r = new Block();
  r.appendInstructions(block);
  return r;
}

function duplicateExitsWithoutLineno(g: Cfg): void {
  let nextLbl = maxLabel(g.entry) + 1;
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    const last = b.last()!;
    if (isJumpOp(last.opcode)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = copyBasicBlock(target);
        nt.instrs[0].loc = last.loc;
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        nt.label = nextLbl++;
        target.next = nt;
      }
    }
  }
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    if (b.hasFallthrough() && b.next !== null && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next!)) b.next!.instrs[0].loc = b.last()!.loc;
    }
  }
}

function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    let prev = NO_LOCATION;
    for (let i = 0; i < b.instrs.length; i++) {
      if (b.instrs[i].loc.line < 0) b.instrs[i].loc = prev;
      else prev = b.instrs[i].loc;
    }
    if (b.hasFallthrough() && b.next !== null && b.next!.predecessors == 1) {
      if (b.next!.instrs[0].loc.line < 0) b.next!.instrs[0].loc = prev;
    }
    if (isJumpOp(last.opcode)) {
      const t = last.target!;
      if (t.predecessors == 1 && t.instrs[0].loc.line < 0) t.instrs[0].loc = prev;
    }
  }
}

function guaranteeLinenoForExits(entry: Block, firstlineno: i32): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    if (last.loc.line < 0) {
      if (last.opcode == Op.RETURN_VALUE) {
        for (let i = 0; i < b.instrs.length; i++) {
          const l = b.instrs[i].loc;
          b.instrs[i].loc = new Loc(lineno, l.endLine, l.col, l.endCol);
        }
      }
    } else {
      lineno = last.loc.line;
    }
  }
}

// _PyCfg_OptimizeCodeUnit
export function optimizeCodeUnit(g: Cfg, consts: ConstList, nlocals: i32, nparams: i32, firstlineno: i32): void {
  translateJumpLabelsToTargets(g.entry);
  markExceptHandlers(g.entry);
  labelExceptionTargets(g.entry);
  optimizeCfg(g, consts);
  removeUnusedConsts(g.entry, consts);
  addChecksForLoadsOfUninitializedVariables(g.entry, nlocals, nparams);
  pushColdBlocksToEnd(g);
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g.entry);
  guaranteeLinenoForExits(g.entry, firstlineno);
}

// ---------------------------------------------------------------- after optimisation

// The largest stack depth of any path (cycles are assumed depth-neutral).
export function stackDepth(entry: Block, isGenerator: bool): i32 {
  for (let b: Block | null = entry; b !== null; b = b.next) b.startDepth = i32.MIN_VALUE;
  const stack = new Array<Block>();
  let maxdepth = 0;
  pushDepth(stack, entry, 0);
  while (stack.length > 0) {
    const b = stack.pop();
    let depth = b.startDepth;
    let next = b.next;
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      const newDepth = depth + stackEffect(ins.opcode, ins.oparg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(ins.opcode)) {
        const targetDepth = depth + stackEffect(ins.opcode, ins.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        pushDepth(stack, ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJumpOp(ins.opcode) || isScopeExitOp(ins.opcode)) {
        next = null;
        break;
      }
    }
    if (next !== null) pushDepth(stack, next!, depth);
  }
  // CPython's generators start with the first sent value on the stack (popped at once).
  if (isGenerator && maxdepth < 1) maxdepth = 1;
  return maxdepth;
}

function pushDepth(stack: Array<Block>, b: Block, depth: i32): void {
  if (b.startDepth < depth && b.startDepth < 100) {
    b.startDepth = depth;
    stack.push(b);
  }
}

export function convertPseudoOps(entry: Block): void {
  for (let b: Block | null = entry; b !== null; b = b.next) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isBlockPushOp(ins.opcode) || ins.opcode == Op.POP_BLOCK) ins.setOp0(Op.NOP);
      else if (ins.opcode == Op.STORE_FAST_MAYBE_NULL) ins.opcode = Op.STORE_FAST;
    }
  }
  for (let b: Block | null = entry; b !== null; b = b.next) removeRedundantNops(b);
}

function normalizeJumps(g: Cfg): void {
  resetVisited(g.entry);
  for (let b: Block | null = g.entry; b !== null; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (last === null || !isJumpOp(last.opcode)) continue;
    const isForward = !last.target!.visited;
    if (last.opcode == Op.JUMP) {
      last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (last.opcode == Op.JUMP_NO_INTERRUPT) {
      last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    let reversed = 0;
    switch (last.opcode) {
      case Op.POP_JUMP_IF_NOT_NONE:
        reversed = Op.POP_JUMP_IF_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        reversed = Op.POP_JUMP_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        reversed = Op.POP_JUMP_IF_TRUE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        reversed = Op.POP_JUMP_IF_FALSE;
        break;
    }
    if (isForward) continue;
    // a backward conditional jump becomes the reversed condition over a backward JUMP
    const target = last.target!;
    const backwardsJump = g.newBlock();
    const j = backwardsJump.addop(Op.JUMP, target.label, last.loc);
    j.target = target;
    last.opcode = reversed;
    last.target = b.next;
    backwardsJump.cold = b.cold;
    backwardsJump.next = b.next;
    b.next = backwardsJump;
  }
}

function resolveJumpOffsets(entry: Block): void {
  let recompile = true;
  while (recompile) {
    let totsize = 0;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      b.offset = totsize;
      for (let i = 0; i < b.instrs.length; i++) totsize += instrSize(b.instrs[i].opcode, b.instrs[i].oparg);
    }
    recompile = false;
    for (let b: Block | null = entry; b !== null; b = b.next) {
      let bsize = b.offset;
      for (let i = 0; i < b.instrs.length; i++) {
        const ins = b.instrs[i];
        const isize = instrSize(ins.opcode, ins.oparg);
        bsize += isize;
        if (isJumpOp(ins.opcode)) {
          const t = ins.target!.offset;
          ins.oparg = t < bsize ? bsize - t : t - bsize;
          if (instrSize(ins.opcode, ins.oparg) != isize) recompile = true;
        }
      }
    }
  }
}

export function resolveJumps(g: Cfg): void {
  normalizeJumps(g);
  resolveJumpOffsets(g.entry);
}
