// Struct sequences (sys.version_info, time.struct_time): tuples whose items are also
// readable by field name. The names live in a registry keyed by type; attribute lookup
// (runtime/attrs.ts) maps a field name to its item.
import { Value, NULL } from "../objects/value";
import { T, PyType, Kind } from "../objects/type";
import { PyTuple } from "../objects/tuple";
import { makeType } from "../objects/typeinit";

const fieldsByType = new Map<usize, Array<string>>();

export function makeStructSeqType(name: string, fields: Array<string>): PyType {
  const t = makeType(name, Kind.TUPLE, T.tuple, false);
  fieldsByType.set(changetype<usize>(t), fields);
  return t;
}

// The field `name` of a struct sequence, or NULL when t is not one or has no such field.
export function structSeqField(t: PyType, tuple: PyTuple, name: string): Value {
  const key = changetype<usize>(t);
  if (!fieldsByType.has(key)) return NULL;
  const i = fieldsByType.get(key).indexOf(name);
  return i >= 0 && i < tuple.length ? tuple.get(i) : NULL;
}
