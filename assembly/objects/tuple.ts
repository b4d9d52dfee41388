// PyTuple and PyList: sequences over one ValueArray each.
// A tuple's items never change after construction (builders fill them before the tuple escapes).
import { Value, fromObj } from "./value";
import { T } from "./type";

export class PyTuple extends PyObject {
  items: ValueArray = new ValueArray();
  hash: i64 = -1;

  constructor(n: i32) {
    super();
    this.cls = T.tuple;
    this.items.reserve(n);
    this.items.length = n;
  }

  // @ts-ignore: decorator
  @inline get length(): i32 {
    return this.items.length;
  }

  // @ts-ignore: decorator
  @inline get(i: i32): Value {
    return this.items.get(i);
  }

  // @ts-ignore: decorator
  @inline set(i: i32, v: Value): void {
    this.items.set(i, v);
  }
}

export class PyList extends PyObject {
  items: ValueArray = new ValueArray();

  constructor(n: i32 = 0) {
    super();
    this.cls = T.list;
    if (n > 0) {
      this.items.reserve(n);
      this.items.length = n;
    }
  }

  // @ts-ignore: decorator
  @inline get length(): i32 {
    return this.items.length;
  }

  // @ts-ignore: decorator
  @inline get(i: i32): Value {
    return this.items.get(i);
  }

  // @ts-ignore: decorator
  @inline set(i: i32, v: Value): void {
    this.items.set(i, v);
  }

  append(v: Value): void {
    this.items.push(v);
  }
}

// @ts-ignore: decorator
@lazy let EMPTY_TUPLE: PyTuple | null = null;

export function emptyTuple(): PyTuple {
  let t = EMPTY_TUPLE;
  if (t === null) {
    t = new PyTuple(0);
    EMPTY_TUPLE = t;
  }
  return t;
}

export function newTuple0(): Value {
  return fromObj(emptyTuple());
}

export function newTuple1(a: Value): Value {
  const t = new PyTuple(1);
  t.set(0, a);
  return fromObj(t);
}

export function newTuple2(a: Value, b: Value): Value {
  const t = new PyTuple(2);
  t.set(0, a);
  t.set(1, b);
  return fromObj(t);
}

// A tuple of n values read from linear memory (the value stack).
export function tupleFromMemory(p: usize, n: i32): PyTuple {
  if (n == 0) return emptyTuple();
  const t = new PyTuple(n);
  memory.copy(t.items.data, p, <usize>n << 3);
  return t;
}

export function listFromMemory(p: usize, n: i32): PyList {
  const l = new PyList(n);
  if (n > 0) memory.copy(l.items.data, p, <usize>n << 3);
  return l;
}
