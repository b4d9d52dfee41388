// The dispatch loop: one switch over the opcode (compiled to br_table), hot state in locals.
//
// Python->Python calls, returns, generator resumption by FOR_ITER/SEND and yields switch
// frames inside this loop; nothing recurses on the wasm stack except builtins that call back
// into Python (runEntry with a new entry frame).
// Conventions:
//   ip   index of the next code unit; `here` is the first unit of the executing instruction
//   sp   address one past TOS; PEEK(n) = load(sp - 8n)
//   Every handler that can raise or call out stores ip/sp in the frame first (sync) or jumps
//   to `error` with the pending exception set; after a call that may run Python code the
//   locals are re-read from the frame.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, isSmallInt, smallOf, fromSmall, fitsSmall, isFloat,
  floatOf, fromFloat, fromObj, objOf, isPtr, fromBool,
} from "../objects/value";
import {
  Op, CACHE_LOAD_GLOBAL, CACHE_LOAD_ATTR, CACHE_STORE_ATTR, CACHE_CALL, CACHE_FOR_ITER,
  CACHE_SEND,
} from "../bytecode/opcodes.gen";
import { BinOp, CmpOp } from "../common/operators";
import { T, PyType, typeOf } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyTuple, PyList, tupleFromMemory, listFromMemory, newTuple0 } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyFunction, PyCell, PyMethod } from "../objects/function";
import { PyCode } from "../objects/code";
import { PyBaseException, PyTraceback, E } from "../objects/exceptions";
import { ts } from "../runtime/state";
import { raise, raiseValue, fetchError, typeError } from "../runtime/errors";
import * as A from "../runtime/abstract";
import { Frame, vstack, allocFrame, initFrame, releaseFrame, clearSlots, chain } from "./frame";
import { PyGenerator, GenState } from "./generator";
import { bindArguments, callRoom, callValue, makeFunction, callIntrinsic1, callIntrinsic2, poll, POLL_SUSPEND } from "./call";
import * as X from "./exc";
import { N } from "../runtime/names";
import { IT, IterKind, PyIter } from "../runtime/iter";
import { loadGlobalCached, loadGlobalMiss } from "./globalcache";
import { cacheEntry } from "./cachetable";
import { loadAttrCached, loadAttrMiss, storeAttrCached, storeAttrMiss } from "./attrcache";

// @ts-ignore: decorator
@inline function unitAt(codep: usize, ip: i32): i32 {
  return <i32>load<u16>(codep + (<usize>ip << 1));
}

// @ts-ignore: decorator
@inline function PEEK(sp: usize, n: i32): Value {
  return load<u64>(sp - (<usize>n << 3));
}

// @ts-ignore: decorator
@inline function POKE(sp: usize, n: i32, v: Value): void {
  store<u64>(sp - (<usize>n << 3), v);
}

// @ts-ignore: decorator
@inline function LOCAL(base: usize, i: i32): Value {
  return load<u64>(base + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function SETLOCAL(base: usize, i: i32, v: Value): void {
  store<u64>(base + (<usize>i << 3), v);
}

// How a generator frame finished, for resumers outside the loop (vm/call.ts genResume).
export class ResumeResult {
  returned: bool = false;
}
export const resumeResult = new ResumeResult();

// Run `f` (an entry frame already set up by the caller) until it returns.
// Returns the frame's return/yield value, or ERR with the exception pending.
// Returned by the loop when a poll asks it to leave (state saved in the frames) so that it is
// entered again: V8 swaps in optimised code for a wasm function only at a new call, so a
// long-running loop must return now and then to leave its baseline tier (design.md §5).
const SUSPEND: Value = 0xfffa_0000_0000_00fd;

// Nested dispatch loops (Python called from builtins, e.g. a __repr__ that calls repr())
// each take wasm stack; past this depth RecursionError is raised before the host's stack
// runs out (CPython has a separate C recursion limit for the same reason).
const MAX_REENTRY: i32 = 200;

export function runEntry(f: Frame): Value {
  if (ts.reentry >= MAX_REENTRY) {
    ts.nextEntryRooted = false;
    return reentryError(f);
  }
  return runNested(f, false);
}

// Run `f` in a dispatch loop of its own until it returns or yields. The outermost loop (the
// host's) and loops whose native caller rooted its values (ts.nextEntryRooted) may collect.
function runNested(f: Frame, startWithError: bool): Value {
  f.entry = true;
  f.prev = chain.top;
  chain.top = f;
  const unrooted = ts.reentry > 0 && !ts.nextEntryRooted;
  ts.nextEntryRooted = false;
  if (unrooted) ts.unrootedEntries++;
  const nativeFrames = ts.nativeFrames;
  ts.nativeFrames = 0;
  ts.reentry++;
  let r = evalLoop(f, startWithError);
  while (r == SUSPEND) r = evalLoop(chain.top!, false);
  ts.reentry--;
  ts.nativeFrames = nativeFrames;
  if (unrooted) ts.unrootedEntries--;
  return r;
}

function reentryError(f: Frame): Value {
  // the frame was set up by bindArguments but never ran
  ts.depth--;
  releaseFrame(f);
  return raise(E.RecursionError, "maximum recursion depth exceeded");
}

// Start executing `f` with an exception pending (generator throw()).
export function runEntryWithError(f: Frame): Value {
  return runNested(f, true);
}

function evalLoop(entry: Frame, startWithError: bool): Value {
  let f = entry;
  if (startWithError) {
    const handler = unwind(f, f.lasti);
    if (handler === null) return ERR;
    f = handler;
  }
  let code = f.code;
  let codep = changetype<usize>(code.code);
  let base = f.base;
  let sp = f.sp;
  let ip = f.ip;
  let here = ip;
  let consts = code.consts.data;
  let oparg: i32 = 0;
  let v: Value = 0;

  while (true) {
    let failed = false;
    here = ip;
    let word = unitAt(codep, ip++);
    let op = word & 0xff;
    oparg = word >>> 8;
    // At most three EXTENDED_ARG prefixes (oparg has 32 bits), unrolled: a loop here would
    // give every instruction a loop-entry check in the compiled code.
    if (op == Op.EXTENDED_ARG) {
      word = unitAt(codep, ip++);
      op = word & 0xff;
      oparg = (oparg << 8) | (word >>> 8);
      if (op == Op.EXTENDED_ARG) {
        word = unitAt(codep, ip++);
        op = word & 0xff;
        oparg = (oparg << 8) | (word >>> 8);
        if (op == Op.EXTENDED_ARG) {
          word = unitAt(codep, ip++);
          op = word & 0xff;
          oparg = (oparg << 8) | (word >>> 8);
        }
      }
    }
    switch (op) {
      case Op.NOP:
      case Op.CACHE:
        break;

      case Op.RESUME: {
        if (code.instrumentationVersion != ts.monitoringVersion) {
          code.instrumentationVersion = ts.monitoringVersion;
        }
        break;
      }

      // ---- stack ----
      case Op.POP_TOP:
        sp -= 8;
        break;
      case Op.PUSH_NULL:
        store<u64>(sp, NULL);
        sp += 8;
        break;
      case Op.COPY:
        store<u64>(sp, PEEK(sp, oparg));
        sp += 8;
        break;
      case Op.SWAP: {
        const a = PEEK(sp, 1);
        POKE(sp, 1, PEEK(sp, oparg));
        POKE(sp, oparg, a);
        break;
      }

      // ---- locals, constants, names ----
      case Op.LOAD_CONST:
        store<u64>(sp, load<u64>(consts + (<usize>oparg << 3)));
        sp += 8;
        break;
      case Op.LOAD_FAST: {
        store<u64>(sp, LOCAL(base, oparg));
        sp += 8;
        // a second LOAD_FAST right after runs here, without a dispatch (a third of all
        // instructions are LOAD_FAST; CPython 3.12 fuses the pair as LOAD_FAST__LOAD_FAST).
        // An instrumented instruction has another opcode, so monitoring still sees each one.
        const next = unitAt(codep, ip);
        if ((next & 0xff) == Op.LOAD_FAST) {
          store<u64>(sp, LOCAL(base, next >>> 8));
          sp += 8;
          ip++;
        }
        break;
      }
      case Op.LOAD_FAST_CHECK: {
        v = LOCAL(base, oparg);
        if (v == NULL) {
          X.unboundLocal(code, oparg);
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.LOAD_FAST_AND_CLEAR:
        store<u64>(sp, LOCAL(base, oparg));
        sp += 8;
        SETLOCAL(base, oparg, NULL);
        break;
      case Op.STORE_FAST:
        sp -= 8;
        SETLOCAL(base, oparg, load<u64>(sp));
        break;
      case Op.DELETE_FAST: {
        if (LOCAL(base, oparg) == NULL) {
          X.unboundLocal(code, oparg);
          failed = true;
          break;
        }
        SETLOCAL(base, oparg, NULL);
        break;
      }
      case Op.MAKE_CELL: {
        const cell = new PyCell(LOCAL(base, oparg));
        SETLOCAL(base, oparg, fromObj(cell));
        break;
      }
      case Op.LOAD_CLOSURE:
        store<u64>(sp, LOCAL(base, oparg));
        sp += 8;
        break;
      case Op.LOAD_DEREF: {
        v = changetype<PyCell>(objOf(LOCAL(base, oparg))).value;
        if (v == NULL) {
          X.unboundDeref(code, oparg);
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.STORE_DEREF:
        sp -= 8;
        changetype<PyCell>(objOf(LOCAL(base, oparg))).value = load<u64>(sp);
        break;
      case Op.DELETE_DEREF: {
        const cell = changetype<PyCell>(objOf(LOCAL(base, oparg)));
        if (cell.value == NULL) {
          X.unboundDeref(code, oparg);
          failed = true;
          break;
        }
        cell.value = NULL;
        break;
      }
      case Op.COPY_FREE_VARS: {
        const closure = changetype<PyTuple>(objOf(f.func!.closure));
        const offset = code.nlocalsplus - oparg;
        for (let i = 0; i < oparg; i++) SETLOCAL(base, offset + i, closure.get(i));
        break;
      }
      case Op.LOAD_NAME: {
        v = X.loadName(f, code.names[oparg]);
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.STORE_NAME: {
        sp -= 8;
        if (X.storeName(f, code.names[oparg], load<u64>(sp)) < 0) failed = true;
        break;
      }
      case Op.DELETE_NAME: {
        if (X.deleteName(f, code.names[oparg]) < 0) failed = true;
        break;
      }
      case Op.LOAD_GLOBAL: {
        const entry = cacheEntry(code.caches, codep, ip);
        v = loadGlobalCached(f, entry);
        if (v == NULL) {
          const name = unchecked(code.names[oparg >>> 1]);
          v = loadGlobalMiss(f, name, entry);
          if (v == NULL) {
            X.nameError(name);
            failed = true;
            break;
          }
        }
        if (oparg & 1) {
          store<u64>(sp, NULL);
          sp += 8;
        }
        store<u64>(sp, v);
        sp += 8;
        ip += CACHE_LOAD_GLOBAL;
        break;
      }
      case Op.STORE_GLOBAL:
        sp -= 8;
        f.globals.setStr(code.names[oparg], load<u64>(sp));
        break;
      case Op.DELETE_GLOBAL: {
        const r = f.globals.delItem(fromObj(code.names[oparg]));
        if (r <= 0) {
          if (r == 0) X.nameError(code.names[oparg]);
          failed = true;
        }
        break;
      }
      case Op.LOAD_LOCALS: {
        if (f.locals === null) {
          raise(E.SystemError, "no locals found");
          failed = true;
          break;
        }
        store<u64>(sp, fromObj(f.locals!));
        sp += 8;
        break;
      }
      case Op.LOAD_FROM_DICT_OR_GLOBALS: {
        v = X.loadFromDictOrGlobals(f, PEEK(sp, 1), code.names[oparg]);
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.LOAD_FROM_DICT_OR_DEREF: {
        v = X.loadFromDictOrDeref(f, PEEK(sp, 1), oparg);
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.LOAD_BUILD_CLASS: {
        v = f.builtins.getStr(N.__build_class__);
        if (v == NULL) {
          raise(E.NameError, "__build_class__ not found");
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.LOAD_ASSERTION_ERROR:
        store<u64>(sp, fromObj(E.AssertionError));
        sp += 8;
        break;
      case Op.SETUP_ANNOTATIONS: {
        if (X.setupAnnotations(f) < 0) failed = true;
        break;
      }

      // ---- attributes and items ----
      case Op.LOAD_ATTR: {
        // (owner -- attr) or, method form, (owner -- method|NULL, self|attr)
        const name = unchecked(code.names[oparg >>> 1]);
        const method = (oparg & 1) != 0;
        const entry = cacheEntry(code.caches, codep, ip);
        if (!loadAttrCached(PEEK(sp, 1), name, entry, sp - 8, method)) {
          f.ip = ip;
          f.sp = sp;
          if (loadAttrMiss(name, entry, sp - 8, method) < 0) {
            failed = true;
            break;
          }
        }
        if (method) sp += 8;
        ip += CACHE_LOAD_ATTR;
        break;
      }
      case Op.STORE_ATTR: {
        // (value, owner -- )
        const name = unchecked(code.names[oparg]);
        const entry = cacheEntry(code.caches, codep, ip);
        const owner = PEEK(sp, 1);
        const value = PEEK(sp, 2);
        if (!storeAttrCached(owner, name, value, entry)) {
          f.ip = ip;
          f.sp = sp;
          if (storeAttrMiss(owner, name, value, entry) < 0) {
            sp -= 16;
            failed = true;
            break;
          }
        }
        sp -= 16;
        ip += CACHE_STORE_ATTR;
        break;
      }
      case Op.DELETE_ATTR: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (A.delAttr(load<u64>(sp), code.names[oparg]) < 0) failed = true;
        break;
      }
      case Op.LOAD_SUPER_ATTR: {
        f.ip = ip;
        f.sp = sp;
        // (global super, class, self -- attr [, self])
        const r = X.loadSuperAttr(f, PEEK(sp, 3), PEEK(sp, 2), PEEK(sp, 1), code.names[oparg >>> 2], (oparg & 1) != 0, sp - 24);
        if (r < 0) {
          failed = true;
          break;
        }
        sp -= 24;
        sp += (oparg & 1) ? 16 : 8;
        break;
      }
      case Op.BINARY_SUBSCR: {
        // exact list or tuple indexed in range by a small int: no call
        const container = PEEK(sp, 2);
        const key = PEEK(sp, 1);
        if (isPtr(container) && isSmallInt(key)) {
          const o = objOf(container);
          if (o.cls === T.list || o.cls === T.tuple) {
            const items = o.cls === T.list ? changetype<PyList>(o).items : changetype<PyTuple>(o).items;
            let i = smallOf(key);
            if (i < 0) i += items.length;
            if (i >= 0 && i < <i64>items.length) {
              sp -= 8;
              POKE(sp, 1, items.get(<i32>i));
              break;
            }
          }
        }
        f.ip = ip;
        f.sp = sp;
        v = A.getItem(container, key);
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, v);
        break;
      }
      case Op.STORE_SUBSCR: {
        // exact list assigned in range at a small int index: no call
        const container = PEEK(sp, 2);
        const key = PEEK(sp, 1);
        if (isPtr(container) && isSmallInt(key) && objOf(container).cls === T.list) {
          const items = changetype<PyList>(objOf(container)).items;
          let i = smallOf(key);
          if (i < 0) i += items.length;
          if (i >= 0 && i < <i64>items.length) {
            items.set(<i32>i, PEEK(sp, 3));
            sp -= 24;
            break;
          }
        }
        f.ip = ip;
        f.sp = sp;
        const r = A.setItem(PEEK(sp, 2), PEEK(sp, 1), PEEK(sp, 3));
        sp -= 24;
        if (r < 0) failed = true;
        break;
      }
      case Op.DELETE_SUBSCR: {
        f.ip = ip;
        f.sp = sp;
        const r = A.delItem(PEEK(sp, 2), PEEK(sp, 1));
        sp -= 16;
        if (r < 0) failed = true;
        break;
      }
      case Op.BINARY_SLICE: {
        f.ip = ip;
        f.sp = sp;
        v = A.getSlice(PEEK(sp, 3), PEEK(sp, 2), PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 16;
        POKE(sp, 1, v);
        break;
      }
      case Op.STORE_SLICE: {
        f.ip = ip;
        f.sp = sp;
        const r = A.setSlice(PEEK(sp, 3), PEEK(sp, 2), PEEK(sp, 1), PEEK(sp, 4));
        sp -= 32;
        if (r < 0) failed = true;
        break;
      }

      // ---- operators ----
      case Op.UNARY_NEGATIVE: {
        const a = PEEK(sp, 1);
        if (isSmallInt(a) && smallOf(a) != -0x8000_0000_0000) {
          POKE(sp, 1, fromSmall(-smallOf(a)));
          break;
        }
        if (isFloat(a)) {
          POKE(sp, 1, fromFloat(-floatOf(a)));
          break;
        }
        f.ip = ip;
        f.sp = sp;
        v = A.unaryNegative(a);
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.UNARY_NOT: {
        const a = PEEK(sp, 1);
        if (a == TRUE) POKE(sp, 1, FALSE);
        else if (a == FALSE) POKE(sp, 1, TRUE);
        else {
          f.ip = ip;
          f.sp = sp;
          const t = A.isTrue(a);
          if (t < 0) {
            failed = true;
            break;
          }
          POKE(sp, 1, t ? FALSE : TRUE);
        }
        break;
      }
      case Op.UNARY_INVERT: {
        const a = PEEK(sp, 1);
        if (isSmallInt(a)) {
          POKE(sp, 1, fromSmall(~smallOf(a)));
          break;
        }
        f.ip = ip;
        f.sp = sp;
        v = A.unaryInvert(a);
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.BINARY_OP: {
        const b = PEEK(sp, 1);
        const a = PEEK(sp, 2);
        if (isSmallInt(a) && isSmallInt(b)) {
          const x = smallOf(a);
          const y = smallOf(b);
          const kind = oparg >= BinOp.INPLACE ? oparg - BinOp.INPLACE : oparg;
          if (kind == BinOp.ADD) {
            const r = x + y;
            if (fitsSmall(r)) {
              sp -= 8;
              POKE(sp, 1, fromSmall(r));
              break;
            }
          } else if (kind == BinOp.SUBTRACT) {
            const r = x - y;
            if (fitsSmall(r)) {
              sp -= 8;
              POKE(sp, 1, fromSmall(r));
              break;
            }
          } else if (kind == BinOp.MULTIPLY) {
            // both operands < 2^47 in magnitude: the i64 product cannot overflow when each is < 2^31
            if ((x >= -0x8000_0000 && x < 0x8000_0000 && y >= -0x8000_0000 && y < 0x8000_0000)) {
              const r = x * y;
              if (fitsSmall(r)) {
                sp -= 8;
                POKE(sp, 1, fromSmall(r));
                break;
              }
            }
          } else if (kind == BinOp.AND) {
            sp -= 8;
            POKE(sp, 1, fromSmall(x & y));
            break;
          } else if (kind == BinOp.OR) {
            sp -= 8;
            POKE(sp, 1, fromSmall(x | y));
            break;
          } else if (kind == BinOp.XOR) {
            sp -= 8;
            POKE(sp, 1, fromSmall(x ^ y));
            break;
          } else if (kind == BinOp.REMAINDER && y != 0) {
            // Python's % takes the sign of the divisor
            let r = x % y;
            if (r != 0 && (r ^ y) < 0) r += y;
            sp -= 8;
            POKE(sp, 1, fromSmall(r));
            break;
          } else if (kind == BinOp.FLOOR_DIVIDE && y != 0) {
            // Python's // rounds toward negative infinity; MIN // -1 leaves the small range
            let q = x / y;
            if (q * y != x && (x ^ y) < 0) q--;
            if (fitsSmall(q)) {
              sp -= 8;
              POKE(sp, 1, fromSmall(q));
              break;
            }
          }
        } else if (isFloat(a) && isFloat(b)) {
          const x = floatOf(a);
          const y = floatOf(b);
          const kind = oparg >= BinOp.INPLACE ? oparg - BinOp.INPLACE : oparg;
          if (kind == BinOp.ADD) {
            sp -= 8;
            POKE(sp, 1, fromFloat(x + y));
            break;
          } else if (kind == BinOp.SUBTRACT) {
            sp -= 8;
            POKE(sp, 1, fromFloat(x - y));
            break;
          } else if (kind == BinOp.MULTIPLY) {
            sp -= 8;
            POKE(sp, 1, fromFloat(x * y));
            break;
          } else if (kind == BinOp.TRUE_DIVIDE && y != 0) {
            sp -= 8;
            POKE(sp, 1, fromFloat(x / y));
            break;
          }
        }
        f.ip = ip;
        f.sp = sp;
        v = A.binaryOp(a, b, oparg);
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, v);
        break;
      }
      case Op.COMPARE_OP: {
        const b = PEEK(sp, 1);
        const a = PEEK(sp, 2);
        if (isSmallInt(a) && isSmallInt(b)) {
          const x = smallOf(a);
          const y = smallOf(b);
          let r = false;
          switch (oparg) {
            case CmpOp.LT: r = x < y; break;
            case CmpOp.LE: r = x <= y; break;
            case CmpOp.EQ: r = x == y; break;
            case CmpOp.NE: r = x != y; break;
            case CmpOp.GT: r = x > y; break;
            default: r = x >= y;
          }
          sp -= 8;
          POKE(sp, 1, r ? TRUE : FALSE);
          break;
        }
        f.ip = ip;
        f.sp = sp;
        v = A.richCompare(a, b, oparg);
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, v);
        break;
      }
      case Op.IS_OP: {
        const r = PEEK(sp, 2) == PEEK(sp, 1) ? oparg == 0 : oparg != 0;
        sp -= 8;
        POKE(sp, 1, r ? TRUE : FALSE);
        break;
      }
      case Op.CONTAINS_OP: {
        f.ip = ip;
        f.sp = sp;
        const r = A.contains(PEEK(sp, 1), PEEK(sp, 2));
        if (r < 0) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, (r != 0) != (oparg != 0) ? TRUE : FALSE);
        break;
      }
      case Op.CALL_INTRINSIC_1: {
        f.ip = ip;
        f.sp = sp;
        v = callIntrinsic1(f, oparg, PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.CALL_INTRINSIC_2: {
        f.ip = ip;
        f.sp = sp;
        v = callIntrinsic2(f, oparg, PEEK(sp, 2), PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, v);
        break;
      }

      // ---- building ----
      case Op.BUILD_TUPLE: {
        sp -= <usize>oparg << 3;
        store<u64>(sp, fromObj(tupleFromMemory(sp, oparg)));
        sp += 8;
        break;
      }
      case Op.BUILD_LIST: {
        sp -= <usize>oparg << 3;
        store<u64>(sp, fromObj(listFromMemory(sp, oparg)));
        sp += 8;
        break;
      }
      case Op.BUILD_SET: {
        f.ip = ip;
        f.sp = sp;
        const s = new PySet();
        sp -= <usize>oparg << 3;
        let bad = false;
        for (let i = 0; i < oparg; i++) {
          if (s.add(load<u64>(sp + (<usize>i << 3))) < 0) {
            bad = true;
            break;
          }
        }
        if (bad) {
          failed = true;
          break;
        }
        store<u64>(sp, fromObj(s));
        sp += 8;
        break;
      }
      case Op.BUILD_MAP: {
        f.ip = ip;
        f.sp = sp;
        const d = new PyDict(oparg);
        sp -= <usize>oparg << 4;
        let bad = false;
        for (let i = 0; i < oparg; i++) {
          const k = load<u64>(sp + (<usize>i << 4));
          if (d.setItem(k, load<u64>(sp + (<usize>i << 4) + 8)) < 0) {
            bad = true;
            break;
          }
        }
        if (bad) {
          failed = true;
          break;
        }
        store<u64>(sp, fromObj(d));
        sp += 8;
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        f.ip = ip;
        f.sp = sp;
        const keys = changetype<PyTuple>(objOf(PEEK(sp, 1)));
        const d = new PyDict(oparg);
        sp -= 8;
        sp -= <usize>oparg << 3;
        let bad = false;
        for (let i = 0; i < oparg; i++) {
          if (d.setItem(keys.get(i), load<u64>(sp + (<usize>i << 3))) < 0) {
            bad = true;
            break;
          }
        }
        if (bad) {
          failed = true;
          break;
        }
        store<u64>(sp, fromObj(d));
        sp += 8;
        break;
      }
      case Op.BUILD_STRING: {
        f.ip = ip;
        f.sp = sp;
        sp -= <usize>oparg << 3;
        store<u64>(sp, A.joinStrings(sp, oparg));
        sp += 8;
        break;
      }
      case Op.BUILD_SLICE: {
        const step = oparg == 3 ? PEEK(sp, 1) : NONE;
        sp -= <usize>oparg << 3;
        store<u64>(sp, A.newSlice(load<u64>(sp), load<u64>(sp + 8), step));
        sp += 8;
        break;
      }
      case Op.LIST_APPEND: {
        sp -= 8;
        changetype<PyList>(objOf(PEEK(sp, oparg))).append(load<u64>(sp));
        break;
      }
      case Op.SET_ADD: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (changetype<PySet>(objOf(PEEK(sp, oparg))).add(load<u64>(sp)) < 0) failed = true;
        break;
      }
      case Op.MAP_ADD: {
        f.ip = ip;
        f.sp = sp;
        sp -= 16;
        const d = changetype<PyDict>(objOf(PEEK(sp, oparg)));
        if (d.setItem(load<u64>(sp), load<u64>(sp + 8)) < 0) failed = true;
        break;
      }
      case Op.LIST_EXTEND: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (A.listExtend(changetype<PyList>(objOf(PEEK(sp, oparg))), load<u64>(sp), true) < 0) failed = true;
        break;
      }
      case Op.SET_UPDATE: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (A.setUpdate(changetype<PySet>(objOf(PEEK(sp, oparg))), load<u64>(sp)) < 0) failed = true;
        break;
      }
      case Op.DICT_UPDATE: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (A.dictUpdate(changetype<PyDict>(objOf(PEEK(sp, oparg))), load<u64>(sp), false, NULL) < 0) failed = true;
        break;
      }
      case Op.DICT_MERGE: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        // the callable sits below the dict being built (CALL_FUNCTION_EX layout)
        if (A.dictUpdate(changetype<PyDict>(objOf(PEEK(sp, oparg))), load<u64>(sp), true, PEEK(sp, oparg + 2)) < 0) failed = true;
        break;
      }
      case Op.UNPACK_SEQUENCE: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        if (A.unpackSequence(load<u64>(sp), oparg, -1, sp) < 0) {
          failed = true;
          break;
        }
        sp += <usize>oparg << 3;
        break;
      }
      case Op.UNPACK_EX: {
        f.ip = ip;
        f.sp = sp;
        sp -= 8;
        const before = oparg & 0xff;
        const after = oparg >>> 8;
        if (A.unpackSequence(load<u64>(sp), before, after, sp) < 0) {
          failed = true;
          break;
        }
        sp += <usize>(before + after + 1) << 3;
        break;
      }
      case Op.FORMAT_VALUE: {
        f.ip = ip;
        f.sp = sp;
        const hasSpec = (oparg & 4) != 0;
        const spec = hasSpec ? PEEK(sp, 1) : NULL;
        const value = hasSpec ? PEEK(sp, 2) : PEEK(sp, 1);
        v = A.formatFValue(value, oparg & 3, spec);
        if (v == ERR) {
          failed = true;
          break;
        }
        if (hasSpec) sp -= 8;
        POKE(sp, 1, v);
        break;
      }

      // ---- functions and calls ----
      case Op.MAKE_FUNCTION: {
        f.ip = ip;
        f.sp = sp;
        const r = makeFunction(f, oparg, sp);
        sp -= <usize>(1 + ((oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1))) << 3;
        store<u64>(sp, r);
        sp += 8;
        break;
      }
      case Op.KW_NAMES:
        f.kwnames = changetype<PyTuple>(objOf(load<u64>(consts + (<usize>oparg << 3))));
        break;
      case Op.CALL: {
        // (method|NULL, self|callable, args[oparg] -- result)
        if (--ts.budget <= 0) {
          f.ip = here;
          f.sp = sp;
          vstack.setTop(sp);
          const p = poll();
          if (p < 0) {
            failed = true;
            break;
          }
          // re-execute this CALL when the loop is entered again
          if (p == POLL_SUSPEND) return SUSPEND;
        }
        const kwnames = f.kwnames;
        f.kwnames = null;
        let nargs = oparg;
        let callable = PEEK(sp, oparg + 2);
        let args = sp - (<usize>oparg << 3);
        const result = sp - (<usize>(oparg + 2) << 3);
        if (callable == NULL) {
          callable = PEEK(sp, oparg + 1);
        } else {
          args -= 8;
          nargs++;
        }
        ip += CACHE_CALL;
        f.ip = ip;
        f.sp = sp;
        // A Python function: bind the arguments in place and switch frames.
        if (isPtr(callable)) {
          const co = objOf(callable);
          if (co.cls === T.function) {
            const fn = changetype<PyFunction>(co);
            const fcode = fn.code;
            let nf: Frame;
            if (kwnames === null && nargs == fcode.plainArgcount && !fcode.isGenerator) {
              // the common call, inline: the arguments are already the first slots
              if (!callRoom(fcode, args, nargs)) {
                failed = true;
                break;
              }
              clearSlots(args + (<usize>nargs << 3), args + (<usize>fcode.nlocalsplus << 3));
              nf = initFrame(allocFrame(), fcode, fn, fn.globals, fn.builtins, null, args);
              ts.depth++;
            } else {
              const bf = bindArguments(fn, args, nargs, kwnames);
              if (bf === null) {
                failed = true;
                break;
              }
              if (fcode.isGenerator) {
                store<u64>(result, X.makeGenerator(fn, bf));
                sp = result + 8;
                break;
              }
              nf = bf;
            }
            nf.prev = f;
            f.lasti = here;
            f.sp = result; // the result slot becomes the caller's top after return
            chain.top = nf;
            f = nf;
            code = f.code;
            codep = changetype<usize>(code.code);
            consts = code.consts.data;
            base = f.base;
            sp = f.sp;
            ip = 0;
            break;
          }
        }
        v = callValue(callable, args, nargs, kwnames);
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(result, v);
        sp = result + 8;
        // garbage made in callbacks of that call could not be collected there: poll now
        if (ts.collectPending && ts.unrootedEntries == 0) ts.budget = 0;
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        f.ip = ip;
        f.sp = sp;
        const hasKw = (oparg & 1) != 0;
        const kwargs = hasKw ? PEEK(sp, 1) : NULL;
        const callargs = hasKw ? PEEK(sp, 2) : PEEK(sp, 1);
        const callable = hasKw ? PEEK(sp, 3) : PEEK(sp, 2);
        const result = sp - (<usize>(hasKw ? 4 : 3) << 3);
        v = X.callFunctionEx(callable, callargs, kwargs, sp);
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(result, v);
        sp = result + 8;
        break;
      }
      case Op.RETURN_CONST:
        store<u64>(sp, load<u64>(consts + (<usize>oparg << 3)));
        sp += 8;
      // falls through
      case Op.RETURN_VALUE: {
        sp -= 8;
        v = load<u64>(sp);
        const done = f;
        const gen = done.gen;
        if (gen !== null) X.generatorReturned(changetype<PyGenerator>(gen));
        ts.depth--;
        chain.top = done.prev;
        if (done.entry) {
          resumeResult.returned = true;
          releaseFrame(done);
          return v;
        }
        f = done.prev!;
        releaseFrame(done);
        code = f.code;
        codep = changetype<usize>(code.code);
        consts = code.consts.data;
        base = f.base;
        sp = f.sp;
        ip = f.ip + f.returnOffset;
        f.returnOffset = 0;
        store<u64>(sp, v);
        sp += 8;
        break;
      }

      // ---- control flow ----
      case Op.JUMP_FORWARD:
        ip += oparg;
        break;
      case Op.JUMP_BACKWARD: {
        ip -= oparg;
        if (--ts.budget <= 0) {
          f.ip = ip;
          f.sp = sp;
          vstack.setTop(sp);
          const p = poll();
          if (p < 0) {
            here = ip;
            failed = true;
            break;
          }
          if (p == POLL_SUSPEND) return SUSPEND;
        }
        break;
      }
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        ip -= oparg;
        break;
      case Op.POP_JUMP_IF_FALSE: {
        sp -= 8;
        v = load<u64>(sp);
        if (v == FALSE) ip += oparg;
        else if (v != TRUE) {
          f.ip = ip;
          f.sp = sp;
          const t = A.isTrue(v);
          if (t < 0) {
            failed = true;
            break;
          }
          if (t == 0) ip += oparg;
        }
        break;
      }
      case Op.POP_JUMP_IF_TRUE: {
        sp -= 8;
        v = load<u64>(sp);
        if (v == TRUE) ip += oparg;
        else if (v != FALSE) {
          f.ip = ip;
          f.sp = sp;
          const t = A.isTrue(v);
          if (t < 0) {
            failed = true;
            break;
          }
          if (t != 0) ip += oparg;
        }
        break;
      }
      case Op.POP_JUMP_IF_NONE:
        sp -= 8;
        if (load<u64>(sp) == NONE) ip += oparg;
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        sp -= 8;
        if (load<u64>(sp) != NONE) ip += oparg;
        break;
      case Op.GET_ITER: {
        f.ip = ip;
        f.sp = sp;
        v = A.getIter(PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.FOR_ITER: {
        const it = PEEK(sp, 1);
        ip += CACHE_FOR_ITER;
        // range and list iterators step inline (no call per item)
        if (isPtr(it)) {
          const o = objOf(it);
          if (o.cls === IT.range && changetype<PyIter>(o).ikind == IterKind.RANGE) {
            const ri = changetype<PyIter>(o);
            if (ri.stop <= 0) {
              sp -= 8;
              ip += oparg + 1;
              break;
            }
            const x = ri.index;
            if (fitsSmall(x)) {
              ri.index = x + ri.step;
              ri.stop--;
              store<u64>(sp, fromSmall(x));
              sp += 8;
              break;
            }
          } else if (o.cls === IT.list && changetype<PyIter>(o).ikind == IterKind.LIST) {
            const li = changetype<PyIter>(o);
            const seq = li.seq;
            if (seq != NULL) {
              const items = changetype<PyList>(objOf(seq)).items;
              if (li.index < <i64>items.length) {
                store<u64>(sp, items.get(<i32>li.index));
                li.index++;
                sp += 8;
                break;
              }
            }
          }
        }
        f.ip = ip;
        f.sp = sp;
        // A generator: resume its frame inline; its return lands on the END_FOR at the target.
        if (isPtr(it) && objOf(it).cls === T.generator) {
          const g = changetype<PyGenerator>(objOf(it));
          if (g.state == GenState.SUSPENDED || g.state == GenState.CREATED) {
            const nf = X.resumeGeneratorFrame(g, NONE, sp, f);
            if (nf === null) {
              failed = true;
              break;
            }
            f.lasti = here;
            f.returnOffset = oparg;
            f = nf;
            code = f.code;
            codep = changetype<usize>(code.code);
            consts = code.consts.data;
            base = f.base;
            sp = f.sp;
            ip = f.ip;
            break;
          }
        }
        v = A.iterNext(it);
        if (v == ERR) {
          failed = true;
          break;
        }
        if (v == NULL) {
          // exhausted: drop the iterator and skip the END_FOR at the target
          sp -= 8;
          ip += oparg + 1;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.END_FOR:
        sp -= 16;
        break;

      // ---- generators ----
      case Op.GET_YIELD_FROM_ITER: {
        f.ip = ip;
        f.sp = sp;
        v = X.getYieldFromIter(f, PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        POKE(sp, 1, v);
        break;
      }
      case Op.YIELD_VALUE: {
        sp -= 8;
        v = load<u64>(sp);
        const done = f;
        const g = changetype<PyGenerator>(done.gen!);
        done.ip = ip;
        done.sp = sp;
        X.suspendGenerator(g, done);
        ts.depth--;
        chain.top = done.prev;
        if (done.entry) {
          resumeResult.returned = false;
          return v;
        }
        f = done.prev!;
        done.prev = null;
        code = f.code;
        codep = changetype<usize>(code.code);
        consts = code.consts.data;
        base = f.base;
        sp = f.sp;
        ip = f.ip;
        f.returnOffset = 0;
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.SEND: {
        // (receiver, value -- receiver, retval)
        ip += CACHE_SEND;
        f.ip = ip;
        f.sp = sp;
        const recv = PEEK(sp, 2);
        const sent = PEEK(sp, 1);
        if (isPtr(recv) && (objOf(recv).cls === T.generator || objOf(recv).cls === T.coroutine)) {
          const g = changetype<PyGenerator>(objOf(recv));
          if (g.state == GenState.SUSPENDED || g.state == GenState.CREATED) {
            sp -= 8;
            const nf = X.resumeGeneratorFrame(g, sent, sp, f);
            if (nf === null) {
              failed = true;
              break;
            }
            f.sp = sp;
            f.lasti = here;
            f.returnOffset = oparg;
            f = nf;
            code = f.code;
            codep = changetype<usize>(code.code);
            consts = code.consts.data;
            base = f.base;
            sp = f.sp;
            ip = f.ip;
            break;
          }
        }
        const r = X.sendNonGenerator(recv, sent);
        if (r == ERR) {
          failed = true;
          break;
        }
        if (X.sendReturned()) {
          // StopIteration: value replaces the sent value and we jump
          POKE(sp, 1, r);
          ip += oparg;
          break;
        }
        POKE(sp, 1, r);
        break;
      }
      case Op.END_SEND: {
        const val = PEEK(sp, 1);
        sp -= 8;
        POKE(sp, 1, val);
        break;
      }
      case Op.CLEANUP_THROW: {
        // (sub_iter, last_sent_val, exc_value -- none, value)
        const exc = PEEK(sp, 1);
        if (typeOf(exc).isSubtype(E.StopIteration)) {
          const val = X.stopIterationValue(exc);
          sp -= 8;
          POKE(sp, 2, NONE);
          POKE(sp, 1, val);
        } else {
          raiseValue(exc);
          sp -= 8 * 3;
          failed = true;
        }
        break;
      }
      // ---- exceptions ----
      case Op.RAISE_VARARGS: {
        f.ip = ip;
        f.sp = sp;
        sp -= <usize>oparg << 3;
        // a bare `raise` re-raises without a traceback entry for this frame (CPython's do_raise)
        if (X.doRaise(oparg >= 1 ? load<u64>(sp) : NULL, oparg == 2 ? load<u64>(sp + 8) : NULL) == 1) X.markReraise();
        failed = true;
        break;
      }
      case Op.RERAISE: {
        // oparg 1 restores f_lasti from the stack in CPython (for f_lineno); the handler is
        // still looked up at this instruction, and no traceback entry is added
        sp -= 8;
        ts.curExc = load<u64>(sp);
        X.markReraise();
        failed = true;
        break;
      }
      case Op.PUSH_EXC_INFO: {
        const exc = PEEK(sp, 1);
        const prev = ts.handledExc;
        POKE(sp, 1, prev == NULL ? NONE : prev);
        store<u64>(sp, exc);
        sp += 8;
        ts.handledExc = exc;
        break;
      }
      case Op.POP_EXCEPT:
        sp -= 8;
        ts.handledExc = load<u64>(sp);
        break;
      case Op.CHECK_EXC_MATCH: {
        f.ip = ip;
        f.sp = sp;
        const r = X.checkExcMatch(PEEK(sp, 2), PEEK(sp, 1));
        if (r < 0) {
          failed = true;
          break;
        }
        POKE(sp, 1, r ? TRUE : FALSE);
        break;
      }
      case Op.CHECK_EG_MATCH: {
        f.ip = ip;
        f.sp = sp;
        if (X.checkEgMatch(sp) < 0) {
          failed = true;
          break;
        }
        break;
      }
      case Op.WITH_EXCEPT_START: {
        f.ip = ip;
        f.sp = sp;
        // (exit_func, lasti, prev_exc, val -- exit_func, lasti, prev_exc, val, res)
        v = X.withExceptStart(PEEK(sp, 4), PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }
      case Op.BEFORE_WITH: {
        f.ip = ip;
        f.sp = sp;
        if (X.beforeWith(sp) < 0) {
          failed = true;
          break;
        }
        sp += 8;
        break;
      }

      // ---- imports ----
      case Op.IMPORT_NAME: {
        f.ip = ip;
        f.sp = sp;
        v = X.importName(f, code.names[oparg], PEEK(sp, 1), PEEK(sp, 2));
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 8;
        POKE(sp, 1, v);
        break;
      }
      case Op.IMPORT_FROM: {
        f.ip = ip;
        f.sp = sp;
        v = X.importFrom(PEEK(sp, 1), code.names[oparg]);
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }

      // ---- pattern matching ----
      case Op.GET_LEN: {
        f.ip = ip;
        f.sp = sp;
        const n = A.length(PEEK(sp, 1));
        if (n < 0) {
          failed = true;
          break;
        }
        store<u64>(sp, fromSmall(n));
        sp += 8;
        break;
      }
      case Op.MATCH_CLASS: {
        f.ip = ip;
        f.sp = sp;
        v = X.matchClass(PEEK(sp, 3), PEEK(sp, 2), oparg, PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        sp -= 16;
        POKE(sp, 1, v);
        break;
      }
      case Op.MATCH_MAPPING:
        store<u64>(sp, fromBool(X.isMapping(PEEK(sp, 1))));
        sp += 8;
        break;
      case Op.MATCH_SEQUENCE:
        store<u64>(sp, fromBool(X.isSequence(PEEK(sp, 1))));
        sp += 8;
        break;
      case Op.MATCH_KEYS: {
        f.ip = ip;
        f.sp = sp;
        v = X.matchKeys(PEEK(sp, 2), PEEK(sp, 1));
        if (v == ERR) {
          failed = true;
          break;
        }
        store<u64>(sp, v);
        sp += 8;
        break;
      }

      default: {
        f.ip = ip;
        f.sp = sp;
        X.unknownOpcode(op);
        failed = true;
        break;
      }
    }
    if (!failed) continue;

    // ---- error: unwind to a handler (outside the loop: rare, and keeps the loop small) ----
    const handler = unwind(f, here);
    if (handler === null) return ERR;
    f = handler;
    code = f.code;
    codep = changetype<usize>(code.code);
    consts = code.consts.data;
    base = f.base;
    sp = f.sp;
    ip = f.ip;
  }
}

// Unwind the exception pending at code unit `here` of frame `f` through exception tables
// (design.md §6): the frame (f or a caller) whose handler takes it, with its ip and sp set to
// run the handler; null when the entry frame is left without one (ERR for the loop's caller).
function unwind(f: Frame, here: i32): Frame | null {
  while (true) {
    f.lasti = here;
    if (!X.takeReraiseMark()) X.addTraceback(f, here);
    const code = f.code;
    const rec = code.handlerAt(here);
    if (rec >= 0) {
      const t = code.exceptionTable;
      const depth = unchecked(t[rec + 3]);
      let sp = f.base + (<usize>(code.nlocalsplus + depth) << 3);
      if (unchecked(t[rec + 4])) {
        store<u64>(sp, fromSmall(here));
        sp += 8;
      }
      store<u64>(sp, fetchError());
      f.sp = sp + 8;
      f.ip = unchecked(t[rec + 2]);
      return f;
    }
    // No handler here: the frame is done; continue unwinding in the caller.
    const done = f;
    const gen = done.gen;
    if (gen !== null) X.generatorFailed(changetype<PyGenerator>(gen));
    ts.depth--;
    chain.top = done.prev;
    if (done.entry) {
      releaseFrame(done);
      return null;
    }
    f = done.prev!;
    releaseFrame(done);
    here = f.lasti;
    // a generator driven by this frame's FOR_ITER/SEND failed: the error surfaces at that instruction
    f.returnOffset = 0;
  }
}
