// Generators, coroutines and async generators: a suspended frame plus its saved slots.
// While suspended, the frame's localsplus and operand stack are copied into `saved`; resuming
// copies them back on top of the value stack (vm/eval.ts resumeGenerator).
import { Value, NULL, NONE } from "../objects/value";
import { PyType } from "../objects/type";
import { PyStr } from "../objects/str";
import { Frame } from "./frame";

export const enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  CLOSED = 3,
}

export class PyGenerator extends PyObject {
  yieldFrom: Value = NULL; // the iterator a `yield from`/await delegates to (gi_yieldfrom)
  frame: Frame;
  saved: ValueArray = new ValueArray();
  state: GenState = GenState.CREATED;
  name: PyStr;
  qualname: PyStr;

  constructor(cls: PyType, frame: Frame, name: PyStr, qualname: PyStr) {
    super();
    this.cls = cls;
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
    this.gcVals = (<u32>offsetof<PyGenerator>("yieldFrom") << 16) | 1;
  }
}
