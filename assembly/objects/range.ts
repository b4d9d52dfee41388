// range and slice objects.
// A range keeps start/step/length as i64 when they fit (the common case); `big` marks a range
// with bounds outside i64, whose items are computed with ints (runtime/iter.ts).
import { Value, fromObj } from "./value";
import { T } from "./type";

export class PyRange extends PyObject {
  startV: Value;
  stopV: Value;
  stepV: Value;
  start: i64 = 0;
  step: i64 = 1;
  length: i64 = 0; // -1 when it does not fit in i64

  constructor(startV: Value, stopV: Value, stepV: Value) {
    super();
    this.cls = T.range;
    this.startV = startV;
    this.stopV = stopV;
    this.stepV = stepV;
    this.gcVals = (<u32>offsetof<PyRange>("startV") << 16) | 3;
  }

  // @ts-ignore: decorator
  @inline itemAt(i: i64): i64 {
    return this.start + i * this.step;
  }
}

// Length of range(start, stop, step) for i64 bounds, or -1 if it overflows i64.
export function rangeLength(start: i64, stop: i64, step: i64): i64 {
  if (step > 0) {
    if (start >= stop) return 0;
    const span = <u64>stop - <u64>start;
    return <i64>((span - 1) / <u64>step + 1);
  }
  if (start <= stop) return 0;
  const span = <u64>start - <u64>stop;
  return <i64>((span - 1) / <u64>(-step) + 1);
}

export class PySlice extends PyObject {
  start: Value;
  stop: Value;
  step: Value;

  constructor(start: Value, stop: Value, step: Value) {
    super();
    this.cls = T.slice;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.gcVals = (<u32>offsetof<PySlice>("start") << 16) | 3;
  }
}

// Resolved slice bounds for a sequence of a given length (PySlice_AdjustIndices).
export class SliceBounds {
  start: i64 = 0;
  stop: i64 = 0;
  step: i64 = 1;
  length: i64 = 0;
}
