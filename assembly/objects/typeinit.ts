// Creation of the builtin types at start-up, and the helper that puts native methods into
// type dicts (every module that implements methods registers them through defMethod).
import { Value, fromObj } from "./value";
import { T, PyType, Kind, TypeFlag } from "./type";
import { PyDict } from "./dict";
import { intern } from "./str";
import { PyBuiltin, NativeFn, BuiltinFlag } from "./function";
import { initExceptionTypes } from "./exceptions";
import { IT } from "../runtime/iter";

// A builtin type: its MRO is itself followed by its base's MRO.
export function makeType(name: string, kind: Kind, base: PyType | null, subclassable: bool): PyType {
  const t = new PyType(name, kind, base, new PyDict());
  t.mro = [t];
  if (base !== null) {
    t.bases = [base];
    const bm = base.mro;
    for (let i = 0; i < bm.length; i++) t.mro.push(bm[i]);
    base.subclasses.push(t);
  }
  if (subclassable) t.flags |= TypeFlag.BASETYPE;
  // after bootstrap (fixBootstrap) every new builtin type is an instance of `type`
  const meta = T.typeOrNull();
  if (meta !== null) {
    t.cls = meta;
    t.tpDict.cls = T.dictOrNull();
  }
  return t;
}

function makeExceptionType(name: string, kind: Kind, base: PyType): PyType {
  return makeType(name, kind, base, true);
}

// Register a native method of type t.
export function defMethod(t: PyType, name: string, fn: NativeFn): void {
  defAttr(t, name, fromObj(new PyBuiltin(name, fn, t, BuiltinFlag.METHOD)));
}

export function defClassMethod(t: PyType, name: string, fn: NativeFn): void {
  defAttr(t, name, fromObj(new PyBuiltin(name, fn, t, BuiltinFlag.CLASSMETHOD)));
}

export function defStatic(t: PyType, name: string, fn: NativeFn): void {
  defAttr(t, name, fromObj(new PyBuiltin(name, fn, t, BuiltinFlag.STATIC)));
}

export function defAttr(t: PyType, name: string, v: Value): void {
  t.tpDict.setStr(intern(name), v);
  t.modified();
}

export function initTypes(): void {
  // object and type first: every type object's class is `type`
  const object = makeType("object", Kind.OBJECT, null, true);
  T.object = object;
  const type = makeType("type", Kind.TYPE, object, true);
  T.type = type;
  object.cls = type;
  type.cls = type;
  T.none = makeType("NoneType", Kind.NONE, object, false);
  T.notimpl = makeType("NotImplementedType", Kind.NOTIMPL, object, false);
  T.ellipsis = makeType("ellipsis", Kind.ELLIPSIS, object, false);
  T.int = makeType("int", Kind.INT, object, true);
  T.bool = makeType("bool", Kind.BOOL, T.int, false);
  T.float = makeType("float", Kind.FLOAT, object, true);
  T.complex = makeType("complex", Kind.COMPLEX, object, true);
  T.str = makeType("str", Kind.STR, object, true);
  T.bytes = makeType("bytes", Kind.BYTES, object, true);
  T.bytearray = makeType("bytearray", Kind.BYTEARRAY, object, true);
  T.tuple = makeType("tuple", Kind.TUPLE, object, true);
  T.list = makeType("list", Kind.LIST, object, true);
  T.dict = makeType("dict", Kind.DICT, object, true);
  T.set = makeType("set", Kind.SET, object, true);
  T.frozenset = makeType("frozenset", Kind.FROZENSET, object, true);
  T.range = makeType("range", Kind.RANGE, object, false);
  T.slice = makeType("slice", Kind.SLICE, object, false);
  T.function = makeType("function", Kind.FUNCTION, object, false);
  T.builtin = makeType("builtin_function_or_method", Kind.BUILTIN, object, false);
  T.method = makeType("method", Kind.METHOD, object, false);
  T.code = makeType("code", Kind.CODE, object, false);
  T.cell = makeType("cell", Kind.CELL, object, false);
  T.module = makeType("module", Kind.MODULE, object, true);
  T.generator = makeType("generator", Kind.GENERATOR, object, false);
  T.coroutine = makeType("coroutine", Kind.COROUTINE, object, false);
  T.asyncGenerator = makeType("async_generator", Kind.ASYNC_GENERATOR, object, false);
  T.traceback = makeType("traceback", Kind.TRACEBACK, object, false);
  T.frame = makeType("frame", Kind.FRAME, object, false);
  T.property = makeType("property", Kind.PROPERTY, object, true);
  T.classmethod = makeType("classmethod", Kind.CLASSMETHOD, object, true);
  T.staticmethod = makeType("staticmethod", Kind.STATICMETHOD, object, true);
  T.super_ = makeType("super", Kind.SUPER, object, true);
  T.iterator = makeType("iterator", Kind.ITERATOR, object, false);
  T.dictKeys = makeType("dict_keys", Kind.DICT_VIEW, object, false);
  T.dictValues = makeType("dict_values", Kind.DICT_VIEW, object, false);
  T.dictItems = makeType("dict_items", Kind.DICT_VIEW, object, false);
  T.mappingproxy = makeType("mappingproxy", Kind.MAPPING_PROXY, object, false);
  T.namespace = makeType("SimpleNamespace", Kind.NAMESPACE, object, true);
  T.baseException = makeType("BaseException", Kind.EXCEPTION, object, true);
  initExceptionTypes(T.baseException, makeExceptionType);

  IT.list = makeType("list_iterator", Kind.ITERATOR, object, false);
  IT.tuple = makeType("tuple_iterator", Kind.ITERATOR, object, false);
  IT.str = makeType("str_ascii_iterator", Kind.ITERATOR, object, false);
  IT.range = makeType("range_iterator", Kind.ITERATOR, object, false);
  IT.dictKeys = makeType("dict_keyiterator", Kind.ITERATOR, object, false);
  IT.dictValues = makeType("dict_valueiterator", Kind.ITERATOR, object, false);
  IT.dictItems = makeType("dict_itemiterator", Kind.ITERATOR, object, false);
  IT.set = makeType("set_iterator", Kind.ITERATOR, object, false);
  IT.bytes = makeType("bytes_iterator", Kind.ITERATOR, object, false);
  IT.seq = T.iterator;
  IT.callable = makeType("callable_iterator", Kind.ITERATOR, object, false);
  IT.reversedList = makeType("list_reverseiterator", Kind.ITERATOR, object, false);
  IT.reversed = makeType("reversed", Kind.ITERATOR, object, true);
  IT.enumerate = makeType("enumerate", Kind.ITERATOR, object, true);
  IT.zip = makeType("zip", Kind.ITERATOR, object, true);
  IT.map = makeType("map", Kind.ITERATOR, object, true);
  IT.filter = makeType("filter", Kind.ITERATOR, object, true);
  // the first dicts and types were made before `dict` and `type` existed
  fixBootstrap(object);
}

function fixBootstrap(t: PyType): void {
  t.cls = T.type;
  t.tpDict.cls = T.dict;
  for (let i = 0; i < t.subclasses.length; i++) fixBootstrap(t.subclasses[i]);
}
