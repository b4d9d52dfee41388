// Python complex: a heap pair of f64.
import { Value, fromObj } from "./value";
import { T } from "./type";

export class PyComplex extends PyObject {
  constructor(public re: f64, public im: f64) {
    super();
    this.cls = T.complex;
  }
}

export function newComplex(re: f64, im: f64): Value {
  return fromObj(new PyComplex(re, im));
}
