// Methods of list, list.sort's TimSort, types.GenericAlias (what list[int] returns), and the
// argument-checking helpers shared by the container method files (tuple.ts, dict.ts, set.ts).
//
// Every native method receives self as args[0] and checks it first (checkSelf, slotSelf), because a
// method taken from the type (`list.append(5, 1)`) can be called with any object. Methods
// that CPython reaches through slots (__getitem__, __len__, __add__, ...) act on the builtin
// layout directly (methods/slots.ts) and never dispatch through the object protocol again: a
// subclass that overrides them and calls super() would otherwise recurse into its own override.
//
// list.sort follows CPython 3.12's listsort (natural runs, binary insertion to minrun,
// powersort merge policy, galloping merges), so the sequence of `<` comparisons, and with it
// any visible side effect of a user __lt__, is the same. While sorting, the list is empty;
// on return the items are a permutation of the originals even when a comparison raised.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, ELLIPSIS, isSmallInt, smallOf, fromSmall, isFloat, floatOf, fromObj, tracedRef, objOf,
  isPtr,
} from "../../objects/value";
import { T, PyType, Kind, typeOf } from "../../objects/type";
import { PyStr, strValue, intern } from "../../objects/str";
import { PyTuple, PyList, newTuple1 } from "../../objects/tuple";
import { PyDict } from "../../objects/dict";
import { PyFunction } from "../../objects/function";
import { E } from "../../objects/exceptions";
import { intFitsI64, intToI64, intSign, isIntValue } from "../../objects/int";
import { CmpOp } from "../../common/operators";
import { defMethod, defClassMethod, defAttr, makeType } from "../../objects/typeinit";
import { N } from "../names";
import { raise, typeError, typeName } from "../errors";
import {
  Args, parseArgs, noKeywords, methodNoArgs, methodOneArg, methodPositional, methodVarargs,
} from "../args";
import { richCompare, richEqual, compareCodePoints } from "../compare";
import { isTrue, index } from "../abstract";
import { reprString, typeModuleName } from "../repr";
import { listExtend, listExtendRooted } from "../collections";
import { IT, IterKind, newIter } from "../iter";
import { call1, callValue, call1Rooted, openRoots, closeRoots } from "../../vm/call";
import {
  slotSelf, slotLen, slotContains, slotIter, slotSetItem, slotDelItem, slotBinary, slotInplace, slotRepeat,
  slotCompare, slotRepr,
} from "./slots";
import { builtinGetItem } from "../subscript";
import { BinOp } from "../../common/operators";

// ---- helpers shared by the container method files ----

// @ts-ignore: decorator
@inline export function argAt(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

export function positionalCount(nargs: i32, kwnames: PyTuple | null): i32 {
  return kwnames !== null ? nargs - kwnames.length : nargs;
}

// The method-descriptor check on self (args[0]): present, and an instance of t.
export function checkSelf(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null): bool {
  if (positionalCount(nargs, kwnames) < 1) {
    typeError("unbound method " + t.name + "." + name + "() needs an argument");
    return false;
  }
  const self = load<u64>(args);
  if (isPtr(self) && objOf(self).cls === t) return true;
  if (typeOf(self).isSubtype(t)) return true;
  typeError("descriptor '" + name + "' for '" + t.name + "' objects doesn't apply to a '" + typeName(self) + "' object");
  return false;
}

// Method-descriptor checks: self, then the argument counts of runtime/args.ts.

// A METH_NOARGS method: self only.
export function methNoArgs(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null): bool {
  return checkSelf(t, name, args, nargs, kwnames) && methodNoArgs(t.name, name, nargs, kwnames);
}

// A METH_O method: self and exactly one positional argument.
export function methOneArg(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null): bool {
  return checkSelf(t, name, args, nargs, kwnames) && methodOneArg(t.name, name, nargs, kwnames);
}

// A positional-only method with min..max arguments after self (Argument Clinic's messages).
export function methPositional(
  t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null, min: i32, max: i32,
): bool {
  return checkSelf(t, name, args, nargs, kwnames) && methodPositional(t.name, name, nargs, kwnames, min, max);
}

// A METH_VARARGS method without keywords: any number of positional arguments after self.
export function methVarargs(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null): bool {
  return checkSelf(t, name, args, nargs, kwnames) && methodVarargs(t.name, name, nargs, kwnames, 0, i32.MAX_VALUE);
}

// Py_ssize_t argument (insert, pop): an index-like int that must fit; ERR otherwise.
export function ssizeArg(v: Value): Value {
  const i = index(v);
  if (i == ERR) return ERR;
  if (!intFitsI64(i)) return raise(E.OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

// A start/stop bound of index(): ints clamp to the i64 range, None is refused (CPython's
// _PyEval_SliceIndexNotNone). i64.MIN_VALUE signals an error (never a clamped result).
export function sliceBoundArg(v: Value): i64 {
  if (!isIntValue(v) && typeOf(v).lookup(N.__index__) == NULL) {
    typeError("slice indices must be integers or have an __index__ method");
    return i64.MIN_VALUE;
  }
  const i = index(v);
  if (i == ERR) return i64.MIN_VALUE;
  if (intFitsI64(i)) {
    const x = intToI64(i);
    return x == i64.MIN_VALUE ? i64.MIN_VALUE + 1 : x;
  }
  return intSign(i) < 0 ? i64.MIN_VALUE + 1 : i64.MAX_VALUE;
}

// Normalise index()'s optional start/stop arguments (args[2], args[3]) against len into
// out[0], out[1]. false on error.
export function indexRange(args: usize, nargs: i32, len: i32, out: StaticArray<i64>): bool {
  let start: i64 = 0;
  let stop: i64 = i64.MAX_VALUE;
  if (nargs > 2) {
    start = sliceBoundArg(argAt(args, 2));
    if (start == i64.MIN_VALUE) return false;
  }
  if (nargs > 3) {
    stop = sliceBoundArg(argAt(args, 3));
    if (stop == i64.MIN_VALUE) return false;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = 0;
  }
  unchecked((out[0] = start));
  unchecked((out[1] = stop));
  return true;
}

// ---- types.GenericAlias: list[int], dict[str, int], ... ----

let genericAliasType: PyType | null = null;

export class PyGenericAlias extends PyObject {
  origin: Value;
  args: Value; // always a tuple

  constructor(origin: Value, args: Value) {
    super();
    this.cls = genericAliasType;
    this.origin = origin;
    this.args = args;
    this.gcVals = (<u32>offsetof<PyGenericAlias>("origin") << 16) | 2;
  }
}

export function isGenericAlias(v: Value): bool {
  return isPtr(v) && genericAliasType !== null && objOf(v).cls === genericAliasType;
}

export function newGenericAlias(origin: Value, item: Value): Value {
  const args = isPtr(item) && objOf(item).cls === T.tuple ? item : newTuple1(item);
  const ga = new PyGenericAlias(origin, args);
  // __origin__ and __args__ are plain attributes in the instance dict
  const d = new PyDict();
  d.setStr(intern("__origin__"), origin);
  d.setStr(intern("__args__"), args);
  ga.dict = d;
  return fromObj(ga);
}

// One item of a GenericAlias repr: types and functions by qualified name, `...` for Ellipsis.
function aliasItemRepr(v: Value): string | null {
  if (v == ELLIPSIS) return "...";
  if (isGenericAlias(v)) return genericAliasRepr(v);
  if (isPtr(v)) {
    const o = objOf(v);
    const t = typeOf(v);
    if (t.isMetatype()) {
      const cls = changetype<PyType>(o);
      const mod = typeModuleName(cls);
      return mod == "builtins" ? cls.qualname : mod + "." + cls.qualname;
    }
    if (o.cls === T.function) {
      const f = changetype<PyFunction>(o);
      const m = f.module;
      if (isPtr(m) && objOf(m).cls === T.str) {
        const ms = changetype<PyStr>(objOf(m)).s;
        if (ms != "builtins") return ms + "." + f.qualname.s;
      }
      return f.qualname.s;
    }
  }
  return reprString(v);
}

// repr(list[int]) == "list[int]"; null on error.
export function genericAliasRepr(v: Value): string | null {
  const ga = changetype<PyGenericAlias>(objOf(v));
  const head = aliasItemRepr(ga.origin);
  if (head === null) return null;
  let s = head! + "[";
  const items = changetype<PyTuple>(objOf(ga.args));
  if (items.length == 0) s += "()";
  for (let i = 0; i < items.length; i++) {
    const r = aliasItemRepr(items.get(i));
    if (r === null) return null;
    if (i > 0) s += ", ";
    s += r!;
  }
  return s + "]";
}

// cls.__class_getitem__(item), shared by list, tuple, dict, set and frozenset.
export function classGetItem(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("__class_getitem__", kwnames)) return ERR;
  if (nargs != 2) return typeError("__class_getitem__() takes exactly one argument (" + (nargs - 1).toString() + " given)");
  return newGenericAlias(argAt(args, 0), argAt(args, 1));
}

function alias_repr(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkSelf(genericAliasType!, "__repr__", args, nargs, kwnames)) return ERR;
  const r = genericAliasRepr(argAt(args, 0));
  return r === null ? ERR : strValue(r!);
}

// list[int](x) builds list(x).
function alias_call(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkSelf(genericAliasType!, "__call__", args, nargs, kwnames)) return ERR;
  const ga = changetype<PyGenericAlias>(objOf(argAt(args, 0)));
  return callValue(ga.origin, args + 8, nargs - 1, kwnames);
}

// ---- list.sort: TimSort ----

const MIN_GALLOP: i32 = 7;
const MAX_MERGE_PENDING: i32 = 85;

const RUNNING: i32 = 0;
const SUCCEED: i32 = 1;
const COPY_REST: i32 = 2;
const FAIL: i32 = 3;

// State of one sort over `count` elements at `base`. An element is one word (the item) or,
// with a key function, two words (key, item) moved together; comparisons read the first.
class TimSort {
  width: usize;
  base: usize;
  listlen: i32;
  minGallop: i32 = MIN_GALLOP;
  scratch: ValueArray = new ValueArray();
  runStart: StaticArray<i32> = new StaticArray<i32>(MAX_MERGE_PENDING);
  runLen: StaticArray<i32> = new StaticArray<i32>(MAX_MERGE_PENDING);
  runPower: StaticArray<i32> = new StaticArray<i32>(MAX_MERGE_PENDING);
  runs: i32 = 0;
  descending: bool = false;

  constructor(base: usize, count: i32, width: usize) {
    this.base = base;
    this.listlen = count;
    this.width = width;
  }

  // a < b: 1, 0, or -1 with an exception set. Keys of the exact builtin types that cannot
  // be overridden (small int, float, str, and tuples of them, as CPython's
  // unsafe_*_compare) are compared directly; anything else goes through richCompare.
  lt(a: Value, b: Value): i32 {
    if (isSmallInt(a) && isSmallInt(b)) return smallOf(a) < smallOf(b) ? 1 : 0;
    if (isFloat(a) && isFloat(b)) return floatOf(a) < floatOf(b) ? 1 : 0;
    if (isPtr(a) && isPtr(b)) {
      const oa = objOf(a);
      const ob = objOf(b);
      if (oa.cls === T.str && ob.cls === T.str) {
        return compareCodePoints(changetype<PyStr>(oa).s, changetype<PyStr>(ob).s) < 0 ? 1 : 0;
      }
      if (oa.cls === T.tuple && ob.cls === T.tuple) return this.tupleLt(changetype<PyTuple>(oa), changetype<PyTuple>(ob));
    }
    const r = richCompare(a, b, CmpOp.LT);
    if (r == ERR) return -1;
    if (r == TRUE) return 1;
    if (r == FALSE) return 0;
    return isTrue(r);
  }

  // Tuples compare at their first unequal items (identity counts as equal, as in
  // PyObject_RichCompareBool), else by length. Int, float and str items compare three-way
  // in one step; anything else asks == and then <.
  private tupleLt(a: PyTuple, b: PyTuple): i32 {
    const na = a.length;
    const nb = b.length;
    for (let i = 0; i < na && i < nb; i++) {
      const x = a.get(i);
      const y = b.get(i);
      if (x == y) continue;
      if (isSmallInt(x) && isSmallInt(y)) return smallOf(x) < smallOf(y) ? 1 : 0;
      if (isFloat(x) && isFloat(y)) {
        const fx = floatOf(x);
        const fy = floatOf(y);
        if (fx == fy) continue;
        return fx < fy ? 1 : 0;
      }
      if (isPtr(x) && isPtr(y) && objOf(x).cls === T.str && objOf(y).cls === T.str) {
        const c = compareCodePoints(changetype<PyStr>(objOf(x)).s, changetype<PyStr>(objOf(y)).s);
        if (c == 0) continue;
        return c < 0 ? 1 : 0;
      }
      const eq = richEqual(x, y);
      if (eq < 0) return -1;
      if (eq == 0) return this.lt(x, y);
    }
    return na < nb ? 1 : 0;
  }

  // @ts-ignore: decorator
  @inline at(p: usize, k: i32): usize {
    return p + <usize>k * this.width;
  }

  // @ts-ignore: decorator
  @inline key(p: usize): Value {
    return load<u64>(p);
  }

  // @ts-ignore: decorator
  @inline move(dst: usize, src: usize, count: i32): void {
    memory.copy(dst, src, <usize>count * this.width);
  }

  scratchFor(count: i32): usize {
    this.scratch.reserve(count * <i32>(this.width >> 3));
    return this.scratch.data;
  }

  reverse(lo: usize, count: i32): void {
    let hi = this.at(lo, count - 1);
    const w = this.width;
    while (lo < hi) {
      const t = load<u64>(lo);
      store<u64>(lo, load<u64>(hi));
      store<u64>(hi, t);
      if (w == 16) {
        const u = load<u64>(lo + 8);
        store<u64>(lo + 8, load<u64>(hi + 8));
        store<u64>(hi + 8, u);
      }
      lo += w;
      hi -= w;
    }
  }

  // Length of the run starting at lo (at most n elements): non-decreasing, or strictly
  // decreasing (then `descending` is set). -1 on error.
  countRun(lo: usize, n: i32): i32 {
    this.descending = false;
    if (n == 1) return 1;
    let k = this.lt(this.key(this.at(lo, 1)), this.key(lo));
    if (k < 0) return -1;
    let len = 2;
    if (k) {
      this.descending = true;
      while (len < n) {
        k = this.lt(this.key(this.at(lo, len)), this.key(this.at(lo, len - 1)));
        if (k < 0) return -1;
        if (!k) break;
        len++;
      }
    } else {
      while (len < n) {
        k = this.lt(this.key(this.at(lo, len)), this.key(this.at(lo, len - 1)));
        if (k < 0) return -1;
        if (k) break;
        len++;
      }
    }
    return len;
  }

  // Sort [lo, lo+hi) by binary insertion, the first `start` elements being sorted already.
  binarySort(lo: usize, hi: i32, start: i32): i32 {
    const w = this.width;
    if (start == 0) start++;
    for (; start < hi; start++) {
      const pk = this.key(this.at(lo, start));
      const pv = w == 16 ? load<u64>(this.at(lo, start) + 8) : 0;
      let l = 0;
      let r = start;
      do {
        const p = l + ((r - l) >> 1);
        const k = this.lt(pk, this.key(this.at(lo, p)));
        if (k < 0) return -1;
        if (k) r = p;
        else l = p + 1;
      } while (l < r);
      this.move(this.at(lo, l + 1), this.at(lo, l), start - l);
      store<u64>(this.at(lo, l), pk);
      if (w == 16) store<u64>(this.at(lo, l) + 8, pv);
    }
    return 0;
  }

  // Leftmost position in the sorted a[0..n) where key fits, searching from hint. -1 on error.
  gallopLeft(key: Value, a: usize, n: i32, hint: i32): i32 {
    let lastofs = 0;
    let ofs = 1;
    let k = this.lt(this.key(this.at(a, hint)), key);
    if (k < 0) return -1;
    if (k) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        k = this.lt(this.key(this.at(a, hint + ofs)), key);
        if (k < 0) return -1;
        if (!k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        k = this.lt(this.key(this.at(a, hint - ofs)), key);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      k = this.lt(this.key(this.at(a, m)), key);
      if (k < 0) return -1;
      if (k) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  // Rightmost position in the sorted a[0..n) where key fits, searching from hint. -1 on error.
  gallopRight(key: Value, a: usize, n: i32, hint: i32): i32 {
    let lastofs = 0;
    let ofs = 1;
    let k = this.lt(key, this.key(this.at(a, hint)));
    if (k < 0) return -1;
    if (k) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        k = this.lt(key, this.key(this.at(a, hint - ofs)));
        if (k < 0) return -1;
        if (!k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        k = this.lt(key, this.key(this.at(a, hint + ofs)));
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      k = this.lt(key, this.key(this.at(a, m)));
      if (k < 0) return -1;
      if (k) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  // Merge the adjacent runs a (na) and b (nb) with na <= nb: a goes to scratch, merged from the left.
  mergeLo(pa: usize, na: i32, pb: usize, nb: i32): i32 {
    const w = this.width;
    const tmp = this.scratchFor(na);
    this.move(tmp, pa, na);
    let dest = pa;
    let a = tmp;
    let b = pb;
    this.move(dest, b, 1);
    dest += w;
    b += w;
    nb--;
    let outcome = RUNNING;
    if (nb == 0) outcome = SUCCEED;
    else if (na == 1) outcome = COPY_REST;
    let minGallop = this.minGallop;
    while (outcome == RUNNING) {
      let acount = 0;
      let bcount = 0;
      // one element at a time until a run wins min_gallop times in a row
      while (true) {
        const k = this.lt(this.key(b), this.key(a));
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        if (k) {
          this.move(dest, b, 1);
          dest += w;
          b += w;
          bcount++;
          acount = 0;
          nb--;
          if (nb == 0) {
            outcome = SUCCEED;
            break;
          }
          if (bcount >= minGallop) break;
        } else {
          this.move(dest, a, 1);
          dest += w;
          a += w;
          acount++;
          bcount = 0;
          na--;
          if (na == 1) {
            outcome = COPY_REST;
            break;
          }
          if (acount >= minGallop) break;
        }
      }
      if (outcome != RUNNING) break;
      minGallop++;
      // galloping: copy whole stretches while one run keeps winning
      do {
        if (minGallop > 1) minGallop--;
        this.minGallop = minGallop;
        let k = this.gallopRight(this.key(b), a, na, 0);
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        acount = k;
        if (k) {
          this.move(dest, a, k);
          dest += <usize>k * w;
          a += <usize>k * w;
          na -= k;
          if (na == 1) {
            outcome = COPY_REST;
            break;
          }
          // na == 0 only with an inconsistent comparison
          if (na == 0) {
            outcome = SUCCEED;
            break;
          }
        }
        this.move(dest, b, 1);
        dest += w;
        b += w;
        nb--;
        if (nb == 0) {
          outcome = SUCCEED;
          break;
        }
        k = this.gallopLeft(this.key(a), b, nb, 0);
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        bcount = k;
        if (k) {
          this.move(dest, b, k);
          dest += <usize>k * w;
          b += <usize>k * w;
          nb -= k;
          if (nb == 0) {
            outcome = SUCCEED;
            break;
          }
        }
        this.move(dest, a, 1);
        dest += w;
        a += w;
        na--;
        if (na == 1) {
          outcome = COPY_REST;
          break;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      if (outcome != RUNNING) break;
      minGallop++;
      this.minGallop = minGallop;
    }
    if (outcome == COPY_REST) {
      // the last element of a belongs after everything left in b
      this.move(dest, b, nb);
      this.move(this.at(dest, nb), a, 1);
      return 0;
    }
    if (na > 0) this.move(dest, a, na);
    return outcome == FAIL ? -1 : 0;
  }

  // Merge the adjacent runs a (na) and b (nb) with na > nb: b goes to scratch, merged from the right.
  mergeHi(pa: usize, na: i32, pb: usize, nb: i32): i32 {
    const w = this.width;
    const tmp = this.scratchFor(nb);
    this.move(tmp, pb, nb);
    const basea = pa;
    const baseb = tmp;
    let dest = this.at(pb, nb - 1);
    let b = this.at(tmp, nb - 1);
    let a = this.at(pa, na - 1);
    this.move(dest, a, 1);
    dest -= w;
    a -= w;
    na--;
    let outcome = RUNNING;
    if (na == 0) outcome = SUCCEED;
    else if (nb == 1) outcome = COPY_REST;
    let minGallop = this.minGallop;
    while (outcome == RUNNING) {
      let acount = 0;
      let bcount = 0;
      while (true) {
        const k = this.lt(this.key(b), this.key(a));
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        if (k) {
          this.move(dest, a, 1);
          dest -= w;
          a -= w;
          acount++;
          bcount = 0;
          na--;
          if (na == 0) {
            outcome = SUCCEED;
            break;
          }
          if (acount >= minGallop) break;
        } else {
          this.move(dest, b, 1);
          dest -= w;
          b -= w;
          bcount++;
          acount = 0;
          nb--;
          if (nb == 1) {
            outcome = COPY_REST;
            break;
          }
          if (bcount >= minGallop) break;
        }
      }
      if (outcome != RUNNING) break;
      minGallop++;
      do {
        if (minGallop > 1) minGallop--;
        this.minGallop = minGallop;
        let k = this.gallopRight(this.key(b), basea, na, na - 1);
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        k = na - k;
        acount = k;
        if (k) {
          dest -= <usize>k * w;
          a -= <usize>k * w;
          this.move(dest + w, a + w, k);
          na -= k;
          if (na == 0) {
            outcome = SUCCEED;
            break;
          }
        }
        this.move(dest, b, 1);
        dest -= w;
        b -= w;
        nb--;
        if (nb == 1) {
          outcome = COPY_REST;
          break;
        }
        k = this.gallopLeft(this.key(a), baseb, nb, nb - 1);
        if (k < 0) {
          outcome = FAIL;
          break;
        }
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= <usize>k * w;
          b -= <usize>k * w;
          this.move(dest + w, b + w, k);
          nb -= k;
          if (nb == 1) {
            outcome = COPY_REST;
            break;
          }
          // nb == 0 only with an inconsistent comparison
          if (nb == 0) {
            outcome = SUCCEED;
            break;
          }
        }
        this.move(dest, a, 1);
        dest -= w;
        a -= w;
        na--;
        if (na == 0) {
          outcome = SUCCEED;
          break;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      if (outcome != RUNNING) break;
      minGallop++;
      this.minGallop = minGallop;
    }
    if (outcome == COPY_REST) {
      // the first element of b belongs before everything left in a
      const span = <usize>(na - 1) * w;
      this.move(dest - span, a - span, na);
      dest -= <usize>na * w;
      this.move(dest, b, 1);
      return 0;
    }
    if (nb > 0) this.move(dest - <usize>(nb - 1) * w, baseb, nb);
    return outcome == FAIL ? -1 : 0;
  }

  // Merge pending runs i and i+1.
  mergeAt(i: i32): i32 {
    let pa = this.at(this.base, unchecked(this.runStart[i]));
    let na = unchecked(this.runLen[i]);
    const pb = this.at(this.base, unchecked(this.runStart[i + 1]));
    let nb = unchecked(this.runLen[i + 1]);
    unchecked((this.runLen[i] = na + nb));
    if (i == this.runs - 3) {
      unchecked((this.runStart[i + 1] = this.runStart[i + 2]));
      unchecked((this.runLen[i + 1] = this.runLen[i + 2]));
      unchecked((this.runPower[i + 1] = this.runPower[i + 2]));
    }
    this.runs--;
    // elements of a before b's first are already in place
    const k = this.gallopRight(this.key(pb), pa, na, 0);
    if (k < 0) return -1;
    pa = this.at(pa, k);
    na -= k;
    if (na == 0) return 0;
    // elements of b after a's last are already in place
    nb = this.gallopLeft(this.key(this.at(pa, na - 1)), pb, nb, nb - 1);
    if (nb <= 0) return nb;
    return na <= nb ? this.mergeLo(pa, na, pb, nb) : this.mergeHi(pa, na, pb, nb);
  }

  // Powersort's merge policy for a new run of n2 elements following the top pending run.
  foundNewRun(n2: i32): i32 {
    if (this.runs > 0) {
      const s1 = unchecked(this.runStart[this.runs - 1]);
      const n1 = unchecked(this.runLen[this.runs - 1]);
      const power = powerLoop(s1, n1, n2, this.listlen);
      while (this.runs > 1 && unchecked(this.runPower[this.runs - 2]) > power) {
        if (this.mergeAt(this.runs - 2) < 0) return -1;
      }
      unchecked((this.runPower[this.runs - 1] = power));
    }
    return 0;
  }

  forceCollapse(): i32 {
    while (this.runs > 1) {
      let n = this.runs - 2;
      if (n > 0 && unchecked(this.runLen[n - 1]) < unchecked(this.runLen[n + 1])) n--;
      if (this.mergeAt(n) < 0) return -1;
    }
    return 0;
  }

  run(): i32 {
    let remaining = this.listlen;
    if (remaining < 2) return 0;
    const minrun = computeMinrun(remaining);
    let lo = 0;
    while (remaining > 0) {
      const p = this.at(this.base, lo);
      let n = this.countRun(p, remaining);
      if (n < 0) return -1;
      if (this.descending) this.reverse(p, n);
      if (n < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        if (this.binarySort(p, force, n) < 0) return -1;
        n = force;
      }
      if (this.foundNewRun(n) < 0) return -1;
      unchecked((this.runStart[this.runs] = lo));
      unchecked((this.runLen[this.runs] = n));
      this.runs++;
      lo += n;
      remaining -= n;
    }
    return this.forceCollapse();
  }
}

function computeMinrun(n: i32): i32 {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// The powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
function powerLoop(s1: i32, n1: i32, n2: i32, n: i32): i32 {
  let result = 0;
  let a = 2 * <i64>s1 + n1;
  let b = a + n1 + n2;
  const nn = <i64>n;
  while (true) {
    result++;
    if (a >= nn) {
      a -= nn;
      b -= nn;
    } else if (b >= nn) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

// Sort the list in place (list.sort and sorted()). key may be NULL/None; 0 or -1.
export function listSort(l: PyList, key: Value, reverse: bool): i32 {
  const saved = l.items;
  const n = saved.length;
  // the list looks empty while it is sorted; any change to it is detected afterwards
  const placeholder = new ValueArray();
  l.items = placeholder;
  const useKey = key != NULL && key != NONE;
  let work = saved;
  let width: usize = 8;
  if (useKey) {
    work = new ValueArray();
    work.reserve(n * 2);
    // the items and the keys so far stay rooted while the key function runs (it may collect)
    const roots = openRoots(3);
    if (roots == 0) {
      l.items = saved;
      return -1;
    }
    store<u64>(roots, fromObj(l));
    store<u64>(roots + 8, tracedRef(saved));
    store<u64>(roots + 16, tracedRef(work));
    for (let i = 0; i < n; i++) {
      const item = saved.get(i);
      const k = call1Rooted(key, item);
      if (k == ERR) {
        closeRoots(roots);
        l.items = saved;
        return -1;
      }
      work.set(i * 2, k);
      work.set(i * 2 + 1, item);
      work.length = i * 2 + 2;
    }
    closeRoots(roots);
    width = 16;
  }
  const sorter = new TimSort(work.data, n, width);
  // stability under reverse=True: reverse, sort forwards, reverse back
  if (reverse && n > 1) sorter.reverse(work.data, n);
  let status = sorter.run();
  if (reverse && n > 1) sorter.reverse(work.data, n);
  if (useKey) {
    for (let i = 0; i < n; i++) saved.set(i, work.get(i * 2 + 1));
  }
  if (status == 0 && (l.items !== placeholder || placeholder.data != 0)) {
    raise(E.ValueError, "list modified during sort");
    status = -1;
  }
  l.items = saved;
  return status;
}

// ---- list methods ----

// @ts-ignore: decorator
@inline function selfList(args: usize): PyList {
  return changetype<PyList>(objOf(load<u64>(args)));
}

function list_append(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.list, "append", args, nargs, kwnames)) return ERR;
  selfList(args).append(argAt(args, 1));
  return NONE;
}

function list_extend(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.list, "extend", args, nargs, kwnames)) return ERR;
  if (listExtendRooted(selfList(args), argAt(args, 1)) < 0) return ERR;
  return NONE;
}

function list_insert(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.list, "insert", args, nargs, kwnames, 2, 2)) return ERR;
  const iv = ssizeArg(argAt(args, 1));
  if (iv == ERR) return ERR;
  const l = selfList(args);
  const items = l.items;
  const n = items.length;
  let where = intToI64(iv);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const w = <i32>where;
  items.reserve(n + 1);
  memory.copy(items.data + (<usize>(w + 1) << 3), items.data + (<usize>w << 3), <usize>(n - w) << 3);
  items.set(w, argAt(args, 2));
  items.length = n + 1;
  return NONE;
}

function list_pop(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.list, "pop", args, nargs, kwnames, 0, 1)) return ERR;
  let i: i64 = -1;
  if (nargs > 1) {
    const iv = ssizeArg(argAt(args, 1));
    if (iv == ERR) return ERR;
    i = intToI64(iv);
  }
  const items = selfList(args).items;
  const n = items.length;
  if (n == 0) return raise(E.IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(E.IndexError, "pop index out of range");
  const k = <i32>i;
  const v = items.get(k);
  memory.copy(items.data + (<usize>k << 3), items.data + (<usize>(k + 1) << 3), <usize>(n - k - 1) << 3);
  items.length = n - 1;
  return v;
}

// Remove the item at position k of l (its length may have changed under an __eq__).
function removeAt(l: PyList, k: i32): void {
  const items = l.items;
  const n = items.length;
  if (k >= n) return;
  memory.copy(items.data + (<usize>k << 3), items.data + (<usize>(k + 1) << 3), <usize>(n - k - 1) << 3);
  items.length = n - 1;
}

function list_remove(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.list, "remove", args, nargs, kwnames)) return ERR;
  const l = selfList(args);
  const x = argAt(args, 1);
  for (let i = 0; i < l.length; i++) {
    const eq = richEqual(l.get(i), x);
    if (eq < 0) return ERR;
    if (eq > 0) {
      removeAt(l, i);
      return NONE;
    }
  }
  return raise(E.ValueError, "list.remove(x): x not in list");
}

function list_index(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methPositional(T.list, "index", args, nargs, kwnames, 1, 3)) return ERR;
  const l = selfList(args);
  const bounds = new StaticArray<i64>(2);
  if (!indexRange(args, nargs, l.length, bounds)) return ERR;
  const x = argAt(args, 1);
  const stop = unchecked(bounds[1]);
  for (let i = unchecked(bounds[0]); i < stop && i < l.length; i++) {
    const eq = richEqual(l.get(<i32>i), x);
    if (eq < 0) return ERR;
    if (eq > 0) return fromSmall(i);
  }
  const r = reprString(x);
  if (r === null) return ERR;
  return raise(E.ValueError, r! + " is not in list");
}

function list_count(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.list, "count", args, nargs, kwnames)) return ERR;
  const l = selfList(args);
  const x = argAt(args, 1);
  let count: i64 = 0;
  for (let i = 0; i < l.length; i++) {
    const eq = richEqual(l.get(i), x);
    if (eq < 0) return ERR;
    if (eq > 0) count++;
  }
  return fromSmall(count);
}

function list_reverse(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.list, "reverse", args, nargs, kwnames)) return ERR;
  const items = selfList(args).items;
  let i = 0;
  let j = items.length - 1;
  while (i < j) {
    const t = items.get(i);
    items.set(i, items.get(j));
    items.set(j, t);
    i++;
    j--;
  }
  return NONE;
}

const LIST_SORT_PARAMS = ["key", "reverse"];

function list_sort(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkSelf(T.list, "sort", args, nargs, kwnames)) return ERR;
  if (positionalCount(nargs, kwnames) > 1) return typeError("sort() takes no positional arguments");
  const a = new Args(2);
  if (!parseArgs("sort", args + 8, nargs - 1, kwnames, LIST_SORT_PARAMS, 0, 0, 0, a)) return ERR;
  let reverse = false;
  if (a.has(1)) {
    const t = isTrue(a.get(1));
    if (t < 0) return ERR;
    reverse = t != 0;
  }
  if (listSort(selfList(args), a.has(0) ? a.get(0) : NULL, reverse) < 0) return ERR;
  return NONE;
}

function list_copy(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.list, "copy", args, nargs, kwnames)) return ERR;
  const src = selfList(args).items;
  const l = new PyList(src.length);
  if (src.length > 0) memory.copy(l.items.data, src.data, <usize>src.length << 3);
  return fromObj(l);
}

function list_clear(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.list, "clear", args, nargs, kwnames)) return ERR;
  selfList(args).items = new ValueArray();
  return NONE;
}

function list_init(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotSelf(T.list, "__init__", args, nargs, kwnames)) return ERR;
  if (!noKeywords("list", kwnames)) return ERR;
  if (nargs > 2) return typeError("list expected at most 1 argument, got " + (nargs - 1).toString());
  const l = selfList(args);
  l.items = new ValueArray();
  if (nargs == 2 && listExtend(l, argAt(args, 1), false) < 0) return ERR;
  return NONE;
}

function list_reversed(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methNoArgs(T.list, "__reversed__", args, nargs, kwnames)) return ERR;
  const it = newIter(IT.reversedList, IterKind.REVERSED_LIST, argAt(args, 0));
  it.index = selfList(args).length - 1;
  return fromObj(it);
}

// list.__getitem__ is a method in CPython (not a slot wrapper), hence its own argument check.
function list_getitem(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!methOneArg(T.list, "__getitem__", args, nargs, kwnames)) return ERR;
  return builtinGetItem(argAt(args, 0), argAt(args, 1));
}

// A builtin type created after start-up (typeinit's bootstrap fix-up has run already).
export function makeLateType(name: string, kind: Kind): PyType {
  const t = makeType(name, kind, T.object, false);
  t.cls = T.type;
  return t;
}

// ---- slot wrappers (methods/slots.ts) ----

function list_len(a: usize, n: i32, k: PyTuple | null): Value { return slotLen(T.list, a, n, k); }
function list_contains(a: usize, n: i32, k: PyTuple | null): Value { return slotContains(T.list, a, n, k); }
function list_iter(a: usize, n: i32, k: PyTuple | null): Value { return slotIter(T.list, a, n, k); }
function list_setitem(a: usize, n: i32, k: PyTuple | null): Value { return slotSetItem(T.list, a, n, k); }
function list_delitem(a: usize, n: i32, k: PyTuple | null): Value { return slotDelItem(T.list, a, n, k); }
function list_repr(a: usize, n: i32, k: PyTuple | null): Value { return slotRepr(T.list, a, n, k); }
function list_add(a: usize, n: i32, k: PyTuple | null): Value { return slotBinary(T.list, BinOp.ADD, false, a, n, k); }
function list_iadd(a: usize, n: i32, k: PyTuple | null): Value { return slotInplace(T.list, BinOp.ADD, a, n, k); }
function list_mul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.list, "__mul__", false, a, n, k); }
function list_rmul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.list, "__rmul__", false, a, n, k); }
function list_imul(a: usize, n: i32, k: PyTuple | null): Value { return slotRepeat(T.list, "__imul__", true, a, n, k); }
function list_lt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.LT, a, n, k); }
function list_le(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.LE, a, n, k); }
function list_eq(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.EQ, a, n, k); }
function list_ne(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.NE, a, n, k); }
function list_gt(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.GT, a, n, k); }
function list_ge(a: usize, n: i32, k: PyTuple | null): Value { return slotCompare(T.list, CmpOp.GE, a, n, k); }

export function initListMethods(): void {
  const ga = makeLateType("GenericAlias", Kind.OBJECT);
  ga.module = strValue("types");
  genericAliasType = ga;
  defMethod(ga, "__repr__", alias_repr);
  defMethod(ga, "__call__", alias_call);

  const t = T.list;
  defMethod(t, "append", list_append);
  defMethod(t, "extend", list_extend);
  defMethod(t, "insert", list_insert);
  defMethod(t, "pop", list_pop);
  defMethod(t, "remove", list_remove);
  defMethod(t, "index", list_index);
  defMethod(t, "count", list_count);
  defMethod(t, "reverse", list_reverse);
  defMethod(t, "sort", list_sort);
  defMethod(t, "copy", list_copy);
  defMethod(t, "clear", list_clear);
  defMethod(t, "__init__", list_init);
  defMethod(t, "__len__", list_len);
  defMethod(t, "__contains__", list_contains);
  defMethod(t, "__iter__", list_iter);
  defMethod(t, "__reversed__", list_reversed);
  defMethod(t, "__getitem__", list_getitem);
  defMethod(t, "__setitem__", list_setitem);
  defMethod(t, "__delitem__", list_delitem);
  defMethod(t, "__add__", list_add);
  defMethod(t, "__iadd__", list_iadd);
  defMethod(t, "__mul__", list_mul);
  defMethod(t, "__rmul__", list_rmul);
  defMethod(t, "__imul__", list_imul);
  defMethod(t, "__lt__", list_lt);
  defMethod(t, "__le__", list_le);
  defMethod(t, "__eq__", list_eq);
  defMethod(t, "__ne__", list_ne);
  defMethod(t, "__gt__", list_gt);
  defMethod(t, "__ge__", list_ge);
  defMethod(t, "__repr__", list_repr);
  defClassMethod(t, "__class_getitem__", classGetItem);
  defAttr(t, "__hash__", NONE);
}
