// types.UnionType (PEP 604): `int | str` and `int | None`, accepted by isinstance and
// issubclass like a tuple of its members.
import { Value, NONE, NULL, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyTuple } from "../objects/tuple";
import { makeType } from "../objects/typeinit";
import { strValue } from "../objects/str";
import { reprString } from "./repr";
import { isGenericAlias } from "./methods/list";

let unionType: PyType | null = null;

function theType(): PyType {
  if (unionType === null) {
    const t = makeType("UnionType", Kind.OBJECT, T.object, false);
    t.module = strValue("types");
    unionType = t;
  }
  return unionType!;
}

export class PyUnion extends PyObject {
  constructor(public members: PyTuple) {
    super();
    this.cls = theType();
  }
}

export function isUnion(v: Value): bool {
  return isPtr(v) && objOf(v) instanceof PyUnion;
}

// Can v take part in `a | b` as a type union? (None, a class, a union, or a GenericAlias
// such as list[int], as CPython's is_unionable.)
export function isUnionOperand(v: Value): bool {
  return v == NONE || isUnion(v) || (isPtr(v) && typeOf(v).isMetatype()) || isGenericAlias(v);
}

function addMembers(out: Array<Value>, v: Value): void {
  if (isUnion(v)) {
    const m = changetype<PyUnion>(objOf(v)).members;
    for (let i = 0; i < m.length; i++) addMembers(out, m.get(i));
    return;
  }
  const member = v == NONE ? fromObj(T.none) : v;
  if (!out.includes(member)) out.push(member);
}

export function makeUnion(a: Value, b: Value): Value {
  const out = new Array<Value>();
  addMembers(out, a);
  addMembers(out, b);
  const t = new PyTuple(out.length);
  for (let i = 0; i < out.length; i++) t.set(i, out[i]);
  return fromObj(new PyUnion(t));
}

// The members as a tuple, for isinstance/issubclass.
export function unionMembers(v: Value): Value {
  return fromObj(changetype<PyUnion>(objOf(v)).members);
}

// "int | str | None"
export function unionRepr(v: Value): string | null {
  const m = changetype<PyUnion>(objOf(v)).members;
  const parts = new Array<string>();
  for (let i = 0; i < m.length; i++) {
    const x = m.get(i);
    if (x == fromObj(T.none)) {
      parts.push("None");
      continue;
    }
    if (isPtr(x) && typeOf(x).isMetatype()) {
      const t = changetype<PyType>(objOf(x));
      const mod = t.module;
      const modName = isPtr(mod) && objOf(mod).cls === T.str ? reprString(mod) : null;
      parts.push(modName === null || modName == "'builtins'" ? t.qualname : modName!.slice(1, -1) + "." + t.qualname);
      continue;
    }
    const r = reprString(x);
    if (r === null) return null;
    parts.push(r!);
  }
  return parts.join(" | ");
}

