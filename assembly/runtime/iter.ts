// Iteration: iter(), next(), the builtin iterator objects (list/tuple/str/range/dict/set
// iterators, enumerate, zip, map, filter, reversed, the two forms of iter()), dict views,
// and driving generators from native code.
// iterNext returns the next item, NULL when exhausted (no exception set), or ERR.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, isSmallInt, smallOf, fromSmall, fromObj, objOf, isPtr,
} from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr } from "../objects/str";
import { PyTuple, PyList, newTuple2 } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PySet } from "../objects/set";
import { PyBytes } from "../objects/bytes";
import { PyRange } from "../objects/range";
import { E, PyBaseException } from "../objects/exceptions";
import { intAdd, intFromI64, isIntValue, intCompare, intSign } from "../objects/int";
import { N } from "./names";
import { ts } from "./state";
import { raise, raiseValue, typeError, errorMatches, clearError, fetchError, typeName } from "./errors";
import { isTrue, callFound0, length, getAttr } from "./abstract";
import { Op, baseOf } from "../bytecode/opcodes.gen";
import { getItem } from "./subscript";
import { richEqual } from "./compare";
import { call1, callValue, freeTop } from "../vm/call";
import { vstack, chain } from "../vm/frame";
import { PyGenerator, GenState } from "../vm/generator";
import { resumeGeneratorFrame } from "../vm/exc";
import { runEntry, runEntryWithError, resumeResult } from "../vm/eval";
import { stopIterationValue } from "../vm/exc";

export const enum IterKind {
  LIST,
  TUPLE,
  STR,
  RANGE,
  DICT_KEYS,
  DICT_VALUES,
  DICT_ITEMS,
  SET,
  BYTES,
  SEQ, // old-style: __getitem__ with 0, 1, 2, … until IndexError
  CALLABLE, // iter(callable, sentinel)
  REVERSED_LIST,
  REVERSED_SEQ,
  ENUMERATE,
  ZIP,
  MAP,
  FILTER,
  RANGE_BIG, // a range whose bounds do not fit i64: the current item is an int in `extra`
}

export class PyIter extends PyObject {
  seq: Value; // the iterated container, or the inner iterator
  extra: Value = NULL; // sentinel, function, tuple of iterators, or the enumerate count
  index: i64 = 0;
  stop: i64 = 0;
  step: i64 = 1;
  version: u32 = 0;
  remaining: i64 = -1; // dict iterators: entries still expected (-1 until the first next())
  ikind: IterKind;
  strict: bool = false;

  constructor(cls: PyType, ikind: IterKind, seq: Value) {
    super();
    this.cls = cls;
    this.ikind = ikind;
    this.seq = seq;
    this.gcVals = (<u32>offsetof<PyIter>("seq") << 16) | 2;
  }
}

// A view of a dict: keys(), values() or items().
export class PyDictView extends PyObject {
  constructor(cls: PyType, public d: PyDict, public vkind: i32) {
    super();
    this.cls = cls;
  }
}

// The iterator types, created with the other builtin types (objects/typeinit.ts).
export class IterTypes {
  list: PyType = changetype<PyType>(0);
  tuple: PyType = changetype<PyType>(0);
  str: PyType = changetype<PyType>(0);
  range: PyType = changetype<PyType>(0);
  dictKeys: PyType = changetype<PyType>(0);
  dictValues: PyType = changetype<PyType>(0);
  dictItems: PyType = changetype<PyType>(0);
  set: PyType = changetype<PyType>(0);
  bytes: PyType = changetype<PyType>(0);
  seq: PyType = changetype<PyType>(0);
  callable: PyType = changetype<PyType>(0);
  reversedList: PyType = changetype<PyType>(0);
  reversed: PyType = changetype<PyType>(0);
  enumerate: PyType = changetype<PyType>(0);
  zip: PyType = changetype<PyType>(0);
  map: PyType = changetype<PyType>(0);
  filter: PyType = changetype<PyType>(0);
}
export const IT = new IterTypes();

export function dictViewLength(o: PyObject): i64 {
  return changetype<PyDictView>(o).d.used;
}

export function newIter(cls: PyType, kind: IterKind, seq: Value): PyIter {
  return new PyIter(cls, kind, seq);
}

// iter(v)
export function getIter(v: Value): Value {
  if (isPtr(v)) {
    const o = objOf(v);
    const t = changetype<PyType>(o.cls);
    if (!(t.flags & TypeFlag.HEAP) || t.lookup(N.__iter__) == NULL || isBuiltinSlot(t.lookup(N.__iter__))) {
      const r = builtinIter(v, o, t);
      if (r != NULL) return r;
    }
    const m = t.lookup(N.__iter__);
    if (m != NULL && m != NONE) {
      const it = callFound0(m, v);
      if (it == ERR) return ERR;
      if (!isIterator(it)) return typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
      return it;
    }
    if (m == NULL && t.lookup(N.__getitem__) != NULL) return fromObj(new PyIter(IT.seq, IterKind.SEQ, v));
  }
  return typeError("'" + typeName(v) + "' object is not iterable");
}

function isBuiltinSlot(m: Value): bool {
  return isPtr(m) && objOf(m).cls === T.builtin;
}

export function isIterator(v: Value): bool {
  if (!isPtr(v)) return false;
  const t = typeOf(v);
  if (t.kind == Kind.ITERATOR || t.kind == Kind.GENERATOR) return true;
  return t.lookup(N.__next__) != NULL;
}

// iter(v) for builtin kinds, without looking for a user __iter__ (what list.__iter__ & co. run).
// NULL when v's kind has no builtin iterator.
export function builtinIter(v: Value, o: PyObject, t: PyType): Value {
  switch (t.kind) {
    case Kind.LIST:
      return fromObj(new PyIter(IT.list, IterKind.LIST, v));
    case Kind.TUPLE:
      return fromObj(new PyIter(IT.tuple, IterKind.TUPLE, v));
    case Kind.STR:
      return fromObj(new PyIter(IT.str, IterKind.STR, v));
    case Kind.RANGE: {
      const r = changetype<PyRange>(o);
      if (r.length < 0) {
        const big = new PyIter(IT.range, IterKind.RANGE_BIG, v);
        big.extra = r.startV;
        return fromObj(big);
      }
      const it = new PyIter(IT.range, IterKind.RANGE, v);
      it.index = r.start;
      it.step = r.step;
      it.stop = r.length;
      return fromObj(it);
    }
    case Kind.DICT: {
      const it = new PyIter(IT.dictKeys, IterKind.DICT_KEYS, v);
      it.stop = changetype<PyDict>(o).used;
      return fromObj(it);
    }
    case Kind.DICT_VIEW: {
      const view = changetype<PyDictView>(o);
      const kinds = view.vkind;
      const cls = kinds == 0 ? IT.dictKeys : kinds == 1 ? IT.dictValues : IT.dictItems;
      const it = new PyIter(cls, kinds == 0 ? IterKind.DICT_KEYS : kinds == 1 ? IterKind.DICT_VALUES : IterKind.DICT_ITEMS, fromObj(view.d));
      it.stop = view.d.used;
      return fromObj(it);
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      const it = new PyIter(IT.set, IterKind.SET, v);
      it.version = changetype<PySet>(o).version;
      it.stop = changetype<PySet>(o).used;
      return fromObj(it);
    }
    case Kind.BYTES:
    case Kind.BYTEARRAY:
      return fromObj(new PyIter(IT.bytes, IterKind.BYTES, v));
    case Kind.MAPPING_PROXY:
      return getIter(fromObj(o.dict!));
    case Kind.ITERATOR:
    case Kind.GENERATOR:
      return v;
  }
  return NULL;
}

// next(it): NULL when exhausted.
// iterNext for natives that keep every heap value they hold in openRoots slots (vm/call.ts):
// a generator resumed straight from here runs in a nested loop that may collect. Only a
// generator qualifies (any other iterator's native __next__ could hold values of its own),
// and only when the caller is the one native running since the innermost loop (a native
// that called it, as sorted(key=sum) calls sum, could too).
export function iterNextRooted(itv: Value): Value {
  if (!(isPtr(itv) && objOf(itv).cls === T.generator) || ts.nativeFrames != 1) return iterNext(itv);
  ts.nextEntryRooted = true;
  const r = iterNext(itv);
  ts.nextEntryRooted = false;
  return r;
}

export function iterNext(itv: Value): Value {
  if (!isPtr(itv)) return typeError("'" + typeName(itv) + "' object is not an iterator");
  const o = objOf(itv);
  const t = changetype<PyType>(o.cls);
  if (t.kind == Kind.ITERATOR && !(t.flags & TypeFlag.HEAP)) return builtinNext(changetype<PyIter>(o));
  if (t.kind == Kind.GENERATOR && t === T.generator) {
    const r = genSend(changetype<PyGenerator>(o), NONE);
    if (r == ERR) {
      if (genExhausted) return NULL;
      return ERR;
    }
    return r;
  }
  const m = t.lookup(N.__next__);
  if (m == NULL) return typeError("'" + t.name + "' object is not an iterator");
  const r = callFound0(m, itv);
  if (r == ERR && errorMatches(E.StopIteration)) {
    clearError();
    return NULL;
  }
  return r;
}

function builtinNext(it: PyIter): Value {
  switch (it.ikind) {
    case IterKind.LIST: {
      if (it.seq == NULL) return NULL;
      const l = changetype<PyList>(objOf(it.seq));
      if (it.index < l.length) return l.get(<i32>(it.index++));
      it.seq = NULL;
      return NULL;
    }
    case IterKind.TUPLE: {
      if (it.seq == NULL) return NULL;
      const tup = changetype<PyTuple>(objOf(it.seq));
      if (it.index < tup.length) return tup.get(<i32>(it.index++));
      it.seq = NULL;
      return NULL;
    }
    case IterKind.STR: {
      if (it.seq == NULL) return NULL;
      const s = changetype<PyStr>(objOf(it.seq));
      const u = <i32>it.index;
      if (u < s.s.length) {
        const c = s.s.charCodeAt(u);
        if (c >= 0xd800 && c < 0xdc00 && u + 1 < s.s.length) {
          const d = s.s.charCodeAt(u + 1);
          if (d >= 0xdc00 && d < 0xe000) {
            it.index += 2;
            return fromObj(newStr(s.s.substring(u, u + 2)));
          }
        }
        it.index++;
        return fromObj(charString(c));
      }
      it.seq = NULL;
      return NULL;
    }
    case IterKind.RANGE: {
      if (it.stop <= 0) return NULL;
      const v = it.index;
      it.index += it.step;
      it.stop--;
      return intFromI64(v);
    }
    case IterKind.DICT_KEYS:
    case IterKind.DICT_VALUES:
    case IterKind.DICT_ITEMS: {
      if (it.seq == NULL) return NULL;
      const d = changetype<PyDict>(objOf(it.seq));
      if (d.used != it.stop) {
        it.stop = -1;
        return raise(E.RuntimeError, "dictionary changed size during iteration");
      }
      const i = d.nextEntry(<i32>it.index);
      if (i < 0) {
        it.seq = NULL;
        return NULL;
      }
      // same size but an entry we did not expect: keys were deleted and others added
      if (it.remaining < 0) it.remaining = it.stop;
      if (it.remaining == 0) {
        it.stop = -1;
        return raise(E.RuntimeError, "dictionary keys changed during iteration");
      }
      it.remaining--;
      it.index = i + 1;
      if (it.ikind == IterKind.DICT_KEYS) return d.keyAt(i);
      if (it.ikind == IterKind.DICT_VALUES) return d.valueAt(i);
      return newTuple2(d.keyAt(i), d.valueAt(i));
    }
    case IterKind.SET: {
      if (it.seq == NULL) return NULL;
      const s = changetype<PySet>(objOf(it.seq));
      if (s.used != it.stop) {
        it.stop = -1;
        return raise(E.RuntimeError, "Set changed size during iteration");
      }
      const i = s.nextSlot(<i32>it.index);
      if (i < 0) {
        it.seq = NULL;
        return NULL;
      }
      it.index = i + 1;
      return s.keyAt(i);
    }
    case IterKind.BYTES: {
      if (it.seq == NULL) return NULL;
      const b = changetype<PyBytes>(objOf(it.seq));
      if (it.index < b.length) return fromSmall(<i64>b.at(<i32>(it.index++)));
      it.seq = NULL;
      return NULL;
    }
    case IterKind.SEQ: {
      if (it.seq == NULL) return NULL;
      const r = getItem(it.seq, fromSmall(it.index));
      if (r == ERR) {
        if (errorMatches(E.IndexError) || errorMatches(E.StopIteration)) {
          clearError();
          it.seq = NULL;
          return NULL;
        }
        return ERR;
      }
      it.index++;
      return r;
    }
    case IterKind.CALLABLE: {
      if (it.seq == NULL) return NULL;
      const r = callValue(it.seq, freeTop(), 0, null);
      if (r == ERR) {
        if (errorMatches(E.StopIteration)) {
          clearError();
          it.seq = NULL;
          return NULL;
        }
        return ERR;
      }
      const eq = richEqual(r, it.extra);
      if (eq < 0) return ERR;
      if (eq > 0) {
        it.seq = NULL;
        return NULL;
      }
      return r;
    }
    case IterKind.REVERSED_LIST: {
      if (it.seq == NULL) return NULL;
      const l = changetype<PyList>(objOf(it.seq));
      if (it.index >= 0 && it.index < l.length) return l.get(<i32>(it.index--));
      it.seq = NULL;
      return NULL;
    }
    case IterKind.REVERSED_SEQ: {
      if (it.seq == NULL || it.index < 0) return NULL;
      const r = getItem(it.seq, fromSmall(it.index));
      if (r == ERR) {
        if (errorMatches(E.IndexError) || errorMatches(E.StopIteration)) {
          clearError();
          it.seq = NULL;
          return NULL;
        }
        return ERR;
      }
      it.index--;
      return r;
    }
    case IterKind.ENUMERATE: {
      const r = iterNext(it.seq);
      if (r == NULL || r == ERR) return r;
      const count = it.extra;
      it.extra = intAdd(count, fromSmall(1));
      return newTuple2(count, r);
    }
    case IterKind.ZIP:
      return zipNext(it);
    case IterKind.RANGE_BIG: {
      const r = changetype<PyRange>(objOf(it.seq));
      const cur = it.extra;
      const c = intCompare(cur, r.stopV);
      if (intSign(r.stepV) > 0 ? c >= 0 : c <= 0) return NULL;
      it.extra = intAdd(cur, r.stepV);
      return cur;
    }
    case IterKind.MAP: {
      const its = changetype<PyTuple>(objOf(it.seq));
      const n = its.length;
      const top = freeTop();
      for (let i = 0; i < n; i++) {
        const r = iterNext(its.get(i));
        if (r == NULL || r == ERR) return r;
        store<u64>(top + (<usize>i << 3), r);
      }
      const saved = vstack.nativeTop;
      vstack.nativeTop = top + (<usize>n << 3);
      const r = callValue(it.extra, top, n, null);
      vstack.nativeTop = saved;
      return r;
    }
    case IterKind.FILTER: {
      while (true) {
        const r = iterNext(it.seq);
        if (r == NULL || r == ERR) return r;
        let keep: i32;
        if (it.extra == NONE) keep = isTrue(r);
        else {
          const t = call1(it.extra, r);
          if (t == ERR) return ERR;
          keep = isTrue(t);
        }
        if (keep < 0) return ERR;
        if (keep) return r;
      }
    }
  }
  return NULL;
}

function zipNext(it: PyIter): Value {
  if (it.seq == NULL) return NULL;
  const its = changetype<PyTuple>(objOf(it.seq));
  const n = its.length;
  if (n == 0) return NULL;
  const out = new PyTuple(n);
  for (let i = 0; i < n; i++) {
    const r = iterNext(its.get(i));
    if (r == ERR) return ERR;
    if (r == NULL) {
      if (it.strict) {
        if (i > 0) {
          const plural = i == 1 ? " " : "s 1-";
          return raise(E.ValueError, "zip() argument " + (i + 1).toString() + " is shorter than argument" + plural + i.toString());
        }
        for (let j = 1; j < n; j++) {
          const r2 = iterNext(its.get(j));
          if (r2 == ERR) return ERR;
          if (r2 != NULL) {
            const plural = j == 1 ? " " : "s 1-";
            return raise(E.ValueError, "zip() argument " + (j + 1).toString() + " is longer than argument" + plural + j.toString());
          }
        }
      }
      it.seq = NULL;
      return NULL;
    }
    out.set(i, r);
  }
  return fromObj(out);
}

// @ts-ignore: decorator
@lazy const charCache = new Array<PyStr | null>(256);

// One-character strings for Latin-1 are shared.
export function charString(c: i32): PyStr {
  if (c < 256) {
    let s = unchecked(charCache[c]);
    if (s === null) {
      s = newStr(String.fromCharCode(c));
      unchecked((charCache[c] = s));
    }
    return s;
  }
  return newStr(String.fromCharCode(c));
}

// `x in it` by iteration (sequences without __contains__).
export function containsByIteration(container: Value, item: Value): i32 {
  const it = getIter(container);
  if (it == ERR) {
    if (errorMatches(E.TypeError)) {
      clearError();
      typeError("argument of type '" + typeName(container) + "' is not iterable");
    }
    return -1;
  }
  while (true) {
    const v = iterNext(it);
    if (v == ERR) return -1;
    if (v == NULL) return 0;
    const e = richEqual(v, item);
    if (e != 0) return e;
  }
}

// ---- generators driven from native code ----

let genExhausted = false;

// Resume g with `sent`. Returns the yielded value; when the generator returns (or was
// already finished) returns ERR with no exception set, wasExhausted() true and the return
// value in lastReturnValue().
export function genSend(g: PyGenerator, sent: Value): Value {
  genExhausted = false;
  if (g.state == GenState.CLOSED) {
    genExhausted = true;
    stopValue = NONE;
    return ERR;
  }
  // runEntry links the frame under the current top; resuming must not change it first
  const top = chain.top;
  const f = resumeGeneratorFrame(g, sent, freeTop(), top);
  chain.top = top;
  if (f === null) return ERR;
  const r = runEntry(f);
  if (r == ERR) return ERR;
  if (resumeResult.returned) {
    genExhausted = true;
    stopValue = r;
    return ERR;
  }
  return r;
}

let stopValue: Value = NONE;

// The return value of the generator that genSend last reported exhausted.
export function lastReturnValue(): Value {
  return stopValue;
}

export function wasExhausted(): bool {
  return genExhausted;
}

// The iterator a suspended generator delegates to with `yield from` / `await`, else NULL:
// the frame resumes at RESUME with oparg >= 2 and the sub-iterator is on top of its stack
// (CPython's _PyGen_yf).
export function yieldFromTarget(g: PyGenerator): Value {
  if (g.state != GenState.SUSPENDED || g.saved.length == 0) return NULL;
  const word = <i32>load<u16>(changetype<usize>(g.frame.code.code) + (<usize>g.frame.ip << 1));
  if (baseOf(word & 0xff) != Op.RESUME || (word >>> 8) < 2) return NULL;
  return g.saved.get(g.saved.length - 1);
}

// gen.throw(exc): raise exc at the suspension point, after giving a `yield from`
// sub-iterator the chance to handle it (CPython's _gen_throw).
export function genThrow(g: PyGenerator, exc0: Value): Value {
  let exc = exc0;
  genExhausted = false;
  if (g.state == GenState.CREATED || g.state == GenState.CLOSED) {
    g.state = GenState.CLOSED;
    g.saved.length = 0;
    raiseValue(exc);
    return ERR;
  }
  const yf = yieldFromTarget(g);
  if (yf != NULL) {
    if (typeOf(exc).isSubtype(E.GeneratorExit)) {
      if (closeSubIterator(yf) < 0) exc = fetchError();
    } else if (isPtr(yf) && objOf(yf) instanceof PyGenerator) {
      g.state = GenState.RUNNING;
      const r = genThrow(changetype<PyGenerator>(objOf(yf)), exc);
      g.state = GenState.SUSPENDED;
      if (r != ERR) return r;
      if (genExhausted) {
        genExhausted = false;
        exc = stopIterationFor(stopValue);
      } else exc = fetchError();
    } else {
      const m = getAttr(yf, N.throw);
      if (m == ERR) {
        if (!errorMatches(E.AttributeError)) return ERR;
        clearError();
      } else {
        const r = call1(m, exc);
        if (r != ERR) return r;
        exc = fetchError();
      }
    }
  }
  const top = chain.top;
  const f = resumeGeneratorFrame(g, NONE, freeTop(), top);
  chain.top = top;
  if (f === null) return ERR;
  // the sent value pushed by resume is dropped: the yield expression raises instead
  f.sp -= 8;
  f.lasti = f.ip - 1;
  raiseValue(exc);
  const r = runEntryWithError(f);
  if (r == ERR) return ERR;
  if (resumeResult.returned) {
    genExhausted = true;
    stopValue = r;
    return ERR;
  }
  return r;
}

function stopIterationFor(v: Value): Value {
  const e = new PyBaseException(E.StopIteration);
  const args = new PyTuple(v == NONE ? 0 : 1);
  if (v != NONE) args.set(0, v);
  e.args = fromObj(args);
  return fromObj(e);
}

// Close a `yield from` sub-iterator: generators directly, others through .close().
function closeSubIterator(yf: Value): i32 {
  if (isPtr(yf) && objOf(yf) instanceof PyGenerator) {
    const sub = changetype<PyGenerator>(objOf(yf));
    if (sub.state != GenState.SUSPENDED) {
      sub.state = GenState.CLOSED;
      return 0;
    }
    const exit = new PyBaseException(E.GeneratorExit);
    exit.args = fromObj(new PyTuple(0));
    const r = genThrow(sub, fromObj(exit));
    if (r == ERR) {
      if (genExhausted || errorMatches(E.GeneratorExit)) {
        genExhausted = false;
        clearError();
        return 0;
      }
      return -1;
    }
    raise(E.RuntimeError, "generator ignored GeneratorExit");
    return -1;
  }
  const m = getAttr(yf, N.close);
  if (m == ERR) {
    if (errorMatches(E.AttributeError)) {
      clearError();
      return 0;
    }
    return -1;
  }
  return call1Args0(m) == ERR ? -1 : 0;
}

function call1Args0(m: Value): Value {
  return callValue(m, freeTop(), 0, null);
}

export function newDictView(cls: PyType, d: PyDict, kind: i32): Value {
  return fromObj(new PyDictView(cls, d, kind));
}
