// Frame objects as Python sees them (sys._getframe(), generator.gi_frame): snapshots of a
// frame record taken when asked for, since records are reused after a call returns.
import { Value, NULL, NONE, fromObj, fromSmall, objOf, isPtr } from "../objects/value";
import { T } from "../objects/type";
import { PyDict } from "../objects/dict";
import { PyCode } from "../objects/code";
import { PyCell } from "../objects/function";
import { FastKind, CoFlag } from "../compiler/unit";
import { PyTraceback } from "../objects/exceptions";
import { Frame } from "../vm/frame";

export class PyFrameObj extends PyObject {
  back: Value = NONE;
  locals: Value = NONE;
  code: PyCode;
  globals: PyDict;
  lineno: i32;

  constructor(code: PyCode, globals: PyDict, lineno: i32) {
    super();
    this.cls = T.frame;
    this.code = code;
    this.globals = globals;
    this.lineno = lineno;
    this.gcVals = (<u32>offsetof<PyFrameObj>("back") << 16) | 2;
  }
}

// The frame's variables as a dict (locals() of a function frame).
export function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals!;
  const d = new PyDict();
  const code = f.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    let v = load<u64>(f.base + (<usize>i << 3));
    const kind = code.localsplusKinds[i];
    if ((kind & (FastKind.CELL | FastKind.FREE)) && isPtr(v) && objOf(v).cls === T.cell) v = changetype<PyCell>(objOf(v)).value;
    if (v != NULL && !(kind & FastKind.HIDDEN)) d.setStr(code.localsplusNames[i], v);
  }
  return d;
}

// Snapshot of f and the frames below it. `current`: f is executing a call right now (its
// line is that of the instruction before ip), else it is suspended at f.lasti.
export function snapshotFrame(f: Frame, current: bool): PyFrameObj {
  const line = f.code.lineAt(current ? f.ip - 1 : f.lasti);
  const o = new PyFrameObj(f.code, f.globals, line);
  o.locals = fromObj(frameLocals(f));
  const prev = f.prev;
  if (prev !== null) o.back = fromObj(snapshotFrame(prev!, false));
  return o;
}

// tb_frame: the frame of a traceback entry, rebuilt from the slots saved when it was added.
export function tracebackFrame(tb: PyTraceback): Value {
  if (tb.frame != NONE) return tb.frame;
  const code = tb.code;
  const o = new PyFrameObj(code, tb.globals!, tb.lineno);
  const slots = tb.slots;
  if (code.flags & CoFlag.OPTIMIZED && slots !== null) {
    const d = new PyDict();
    for (let i = 0; i < code.nlocalsplus && i < slots!.length; i++) {
      let v = slots!.get(i);
      const kind = code.localsplusKinds[i];
      if ((kind & (FastKind.CELL | FastKind.FREE)) && isPtr(v) && objOf(v).cls === T.cell) v = changetype<PyCell>(objOf(v)).value;
      if (v != NULL && !(kind & FastKind.HIDDEN)) d.setStr(code.localsplusNames[i], v);
    }
    o.locals = fromObj(d);
  } else {
    o.locals = fromObj(tb.globals!);
  }
  const back = tb.back;
  if (back !== null) o.back = tracebackFrame(back!);
  tb.frame = fromObj(o);
  return tb.frame;
}
