// PyType: the type object, and typeOf() for any value word.
//
// Builtin behaviour is selected by `kind`, the layout family of a type's instances (a user
// class inherits the kind of its solid builtin base), so the runtime can switch on it instead
// of calling through slot pointers. Methods visible to Python live in the type's dict as
// builtin-function objects; user classes add Python functions there.
// Invariant: `mro[0] === this`; `version` changes whenever the dict of this type or of any
// type in its MRO changes, and is never reused by another type (CPython's tp_version_tag),
// so the attribute cache below can key on (version, name) alone.
import { Value, NULL, isFloat, isSmallInt, isPtr, NONE, TRUE, FALSE, NOTIMPL, ELLIPSIS, objOf } from "./value";
import { PyDict } from "./dict";
import { PyStr, StrFlag } from "./str";

export const enum Kind {
  OBJECT,
  TYPE,
  NONE,
  NOTIMPL,
  ELLIPSIS,
  BOOL,
  INT,
  FLOAT,
  COMPLEX,
  STR,
  BYTES,
  BYTEARRAY,
  TUPLE,
  LIST,
  DICT,
  SET,
  FROZENSET,
  RANGE,
  SLICE,
  FUNCTION,
  BUILTIN,
  METHOD,
  CODE,
  CELL,
  MODULE,
  GENERATOR,
  COROUTINE,
  ASYNC_GENERATOR,
  EXCEPTION,
  TRACEBACK,
  FRAME,
  PROPERTY,
  CLASSMETHOD,
  STATICMETHOD,
  SUPER,
  ITERATOR, // every builtin iterator (objects/iter.ts tells them apart by `iterKind`)
  DICT_VIEW,
  MAPPING_PROXY,
  NAMESPACE,
}

export const enum TypeFlag {
  HEAP = 1, // created by a class statement or type(name, bases, dict)
  BASETYPE = 2, // may be subclassed
  ABSTRACT = 4,
  HAS_SLOTS = 8, // instances use __slots__ storage (no __dict__ unless listed)
  HAS_GETATTR = 16, // the MRO defines __getattr__
  HAS_GETATTRIBUTE = 32, // a Python __getattribute__ overrides object's
  HAS_SETATTR = 64, // a Python __setattr__ / __delattr__
  HAS_DESCRIPTORS = 128, // user __get__/__set__ objects in class dicts
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  kind: Kind;
  flags: u32 = 0;
  version: u32 = nextVersion();
  base: PyType | null;
  bases: Array<PyType> = [];
  mro: Array<PyType> = [];
  tpDict: PyDict;
  slotNames: Array<string> | null = null;
  subclasses: Array<PyType> = [];
  module: Value = NONE;

  constructor(name: string, kind: Kind, base: PyType | null, dict: PyDict) {
    super();
    this.name = name;
    this.qualname = name;
    this.kind = kind;
    this.base = base;
    this.tpDict = dict;
    this.gcVals = (<u32>offsetof<PyType>("module") << 16) | 1;
  }

  // Is this `type` or a subclass of it, so that its instances are classes? The kind is
  // inherited from the solid base (runtime/classes.ts solidKind) and only `type` has kind TYPE
  // of its own, so no MRO walk is needed.
  // @ts-ignore: decorator
  @inline isMetatype(): bool {
    return this.kind == Kind.TYPE;
  }

  isSubtype(other: PyType): bool {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0, n = mro.length; i < n; i++) if (unchecked(mro[i]) === other) return true;
    return false;
  }

  // The method a class written in Python defines (or inherits from one) for `name`; NULL for
  // builtin types and for attributes that are a builtin's, where the builtin behaviour applies
  // (how CPython's slots see a user class).
  userMethod(name: PyObject): Value {
    if (!(this.flags & TypeFlag.HEAP)) return NULL;
    const m = this.lookup(name);
    if (m == NULL || (isPtr(m) && objOf(m).cls === T.builtin)) return NULL;
    return m;
  }

  // Look a name up along the MRO (no descriptors applied). NULL when absent. Interned names
  // go through the global attribute cache.
  lookup(name: PyObject): Value {
    const interned = (changetype<PyStr>(name).flags & StrFlag.INTERNED) != 0;
    let slot = 0;
    if (interned) {
      slot = <i32>((this.version * 2654435761 ^ <u32>(changetype<usize>(name) >> 3)) & (ATTR_CACHE_SIZE - 1));
      if (unchecked(attrCache.versions[slot]) == this.version && unchecked(attrCache.names[slot]) == changetype<usize>(name)) {
        return attrCache.values.get(slot);
      }
    }
    let found: Value = NULL;
    const mro = this.mro;
    for (let i = 0, n = mro.length; i < n; i++) {
      const v = unchecked(mro[i]).tpDict.getStr(name);
      if (v != NULL) {
        found = v;
        break;
      }
    }
    if (interned) {
      unchecked((attrCache.versions[slot] = this.version));
      unchecked((attrCache.names[slot] = changetype<usize>(name)));
      attrCache.values.set(slot, found);
    }
    return found;
  }

  // Called after any change to this type's dict: a fresh version invalidates cached lookups
  // here and in every subclass.
  modified(): void {
    this.version = nextVersion();
    const subs = this.subclasses;
    for (let i = 0; i < subs.length; i++) unchecked(subs[i]).modified();
  }
}

// Type versions: one global counter, so a version identifies one type in one state forever.
let versionCounter: u32 = 0;

function nextVersion(): u32 {
  return ++versionCounter;
}

// CPython-style global attribute cache: (type version, interned name) -> lookup result,
// including misses (NULL). Names are interned, so they stay alive and unique.
const ATTR_CACHE_SIZE: i32 = 4096;

class AttrCache {
  versions: Uint32Array = new Uint32Array(ATTR_CACHE_SIZE);
  names: StaticArray<usize> = new StaticArray<usize>(ATTR_CACHE_SIZE);
  values: ValueArray = new ValueArray();

  constructor() {
    this.values.reserve(ATTR_CACHE_SIZE);
    this.values.length = ATTR_CACHE_SIZE;
    for (let i = 0; i < ATTR_CACHE_SIZE; i++) this.values.set(i, NULL);
  }
}

const attrCache = new AttrCache();

// The builtin types, created once at start-up by objects/typeinit.ts.
export class BuiltinTypes {
  object: PyType = changetype<PyType>(0);
  type: PyType = changetype<PyType>(0);
  none: PyType = changetype<PyType>(0);
  notimpl: PyType = changetype<PyType>(0);
  ellipsis: PyType = changetype<PyType>(0);
  bool: PyType = changetype<PyType>(0);
  int: PyType = changetype<PyType>(0);
  float: PyType = changetype<PyType>(0);
  complex: PyType = changetype<PyType>(0);
  str: PyType = changetype<PyType>(0);
  bytes: PyType = changetype<PyType>(0);
  bytearray: PyType = changetype<PyType>(0);
  tuple: PyType = changetype<PyType>(0);
  list: PyType = changetype<PyType>(0);
  dict: PyType = changetype<PyType>(0);
  set: PyType = changetype<PyType>(0);
  frozenset: PyType = changetype<PyType>(0);
  range: PyType = changetype<PyType>(0);
  slice: PyType = changetype<PyType>(0);
  function: PyType = changetype<PyType>(0);
  builtin: PyType = changetype<PyType>(0);
  method: PyType = changetype<PyType>(0);
  code: PyType = changetype<PyType>(0);
  cell: PyType = changetype<PyType>(0);
  module: PyType = changetype<PyType>(0);
  generator: PyType = changetype<PyType>(0);
  coroutine: PyType = changetype<PyType>(0);
  asyncGenerator: PyType = changetype<PyType>(0);
  traceback: PyType = changetype<PyType>(0);
  frame: PyType = changetype<PyType>(0);
  property: PyType = changetype<PyType>(0);
  classmethod: PyType = changetype<PyType>(0);
  staticmethod: PyType = changetype<PyType>(0);
  super_: PyType = changetype<PyType>(0);
  iterator: PyType = changetype<PyType>(0);
  dictKeys: PyType = changetype<PyType>(0);
  dictValues: PyType = changetype<PyType>(0);
  dictItems: PyType = changetype<PyType>(0);
  mappingproxy: PyType = changetype<PyType>(0);
  namespace: PyType = changetype<PyType>(0);
  baseException: PyType = changetype<PyType>(0);

  // While the builtin types are being created, dicts and strs are made before `dict` and `str`
  // exist: their constructors read the field raw (null then, fixed up by typeinit.ts).
  dictOrNull(): PyObject | null {
    return changetype<PyObject | null>(load<usize>(changetype<usize>(this) + offsetof<BuiltinTypes>("dict")));
  }

  typeOrNull(): PyObject | null {
    return changetype<PyObject | null>(load<usize>(changetype<usize>(this) + offsetof<BuiltinTypes>("type")));
  }

  strOrNull(): PyObject | null {
    return changetype<PyObject | null>(load<usize>(changetype<usize>(this) + offsetof<BuiltinTypes>("str")));
  }
}

export const T = new BuiltinTypes();

// The type of any value word (heap objects first: the common case on slow paths).
// @ts-ignore: decorator
@inline export function typeOf(v: Value): PyType {
  if (isPtr(v)) return changetype<PyType>(objOf(v).cls);
  return typeOfImmediate(v);
}

function typeOfImmediate(v: Value): PyType {
  if (isFloat(v)) return T.float;
  if (isSmallInt(v)) return T.int;
  if (v == NONE) return T.none;
  if (v == TRUE || v == FALSE) return T.bool;
  if (v == NOTIMPL) return T.notimpl;
  if (v == ELLIPSIS) return T.ellipsis;
  return T.object;
}

// @ts-ignore: decorator
@inline export function typeOfObj(o: PyObject): PyType {
  return changetype<PyType>(o.cls);
}
