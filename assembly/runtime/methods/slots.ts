// Slot wrappers: the dunders CPython derives from a builtin type's C slots (str.__lt__,
// list.__add__, range.__len__, bytearray.__setitem__, int.__hash__, ...).
//
// Each helper here is one kind of slot, parameterised by the owner type. A native function
// carries no data, so every type's method file binds the helpers it needs to itself with
// one-line natives (`str_lt` calls slotCompare(T.str, CmpOp.LT, ...)) and registers them in
// its init function.
//
// A wrapper first checks self and its argument count with the wrapper's own messages
// ("descriptor '__lt__' requires a 'str' object but received a 'int'", "expected 1 argument,
// got 0"), then runs the builtin behaviour directly: builtinCompare, builtinLength,
// builtinGetItem, ... never look for user overrides, so a subclass calling super().__len__()
// or str.__lt__(self, other) from its own __len__ or __lt__ cannot recurse into itself.
// Operators answer NotImplemented for operands the owner's slot does not take, as CPython's
// slot functions do, except sequence concatenation, which raises like sq_concat.
import {
  Value, NULL, NONE, TRUE, ERR, NOTIMPL, isFloat, objOf, isPtr, fromBool, fromObj,
} from "../../objects/value";
import { T, PyType, Kind, typeOf } from "../../objects/type";
import { PyTuple } from "../../objects/tuple";
import { E } from "../../objects/exceptions";
import { isIntValue, asIntValue, intFitsI64, intFromI64 } from "../../objects/int";
import { BinOp, CmpOp } from "../../common/operators";
import { N, BINOP_NAMES, RBINOP_NAMES, IBINOP_NAMES } from "../names";
import { raise, typeError, typeName } from "../errors";
import {
  builtinTruth, builtinLength, builtinContains, callSpecial1, index, isTrue,
} from "../abstract";
import { builtinCompare, builtinHash, identityHash, cmpName } from "../compare";
import { builtinGetItem, builtinSetItem, builtinDelItem } from "../subscript";
import { builtinIter } from "../iter";
import { builtinBinary, concatError, isSequenceKind } from "../number";
import { sequenceInplace } from "../collections";
import { isUnionOperand } from "../union";
import { reprLayout } from "../repr";
import { newStr } from "../../objects/str";
import { argAt, positionalCount } from "./list";

// ---- argument checks ----

// The self check of a slot wrapper: present, and an instance of t or of a subclass.
export function slotSelf(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null): bool {
  if (positionalCount(nargs, kwnames) < 1) {
    typeError("descriptor '" + name + "' of '" + t.name + "' object needs an argument");
    return false;
  }
  const self = load<u64>(args);
  if (isPtr(self) && objOf(self).cls === t) return true;
  if (typeOf(self).isSubtype(t)) return true;
  typeError("descriptor '" + name + "' requires a '" + t.name + "' object but received a '" + typeName(self) + "'");
  return false;
}

// Self, no keywords, and between min and max positional arguments, with the messages of the
// wrappers that unpack their arguments with PyArg_UnpackTuple under an empty function name
// (__setitem__, sequence __mul__, __pow__): hence the leading space.
export function slotArgsUnpacked(
  t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null, min: i32, max: i32,
): bool {
  if (!slotSelf(t, name, args, nargs, kwnames)) return false;
  if (kwnames !== null && kwnames.length > 0) {
    typeError("wrapper " + name + "() takes no keyword arguments");
    return false;
  }
  const given = nargs - 1;
  if (given >= min && given <= max) return true;
  const n = given < min ? min : max;
  const bound = min == max ? "" : given < min ? "at least " : "at most ";
  typeError(" expected " + bound + n.toString() + " argument" + (n == 1 ? "" : "s") + ", got " + given.toString());
  return false;
}

// Self and exactly `count` positional arguments (CPython's check_num_args; the two-argument
// wrappers all unpack theirs).
export function slotArgs(t: PyType, name: string, args: usize, nargs: i32, kwnames: PyTuple | null, count: i32): bool {
  if (count == 2) return slotArgsUnpacked(t, name, args, nargs, kwnames, 2, 2);
  if (!slotSelf(t, name, args, nargs, kwnames)) return false;
  if (kwnames !== null && kwnames.length > 0) {
    typeError("wrapper " + name + "() takes no keyword arguments");
    return false;
  }
  const given = nargs - 1;
  if (given == count) return true;
  typeError("expected " + count.toString() + " argument" + (count == 1 ? "" : "s") + ", got " + given.toString());
  return false;
}

// ---- which operands an owner's slot takes ----

// Can v be an operand of owner's binary and comparison slots? Numbers take the numbers below
// them in the tower, bytearray any bytes-like object, sets either set type, type anything a
// union takes; other types only instances of their own kind.
export function isOperandOf(owner: PyType, v: Value): bool {
  switch (owner.kind) {
    case Kind.INT:
    case Kind.BOOL:
      return isIntValue(v);
    case Kind.FLOAT:
      return isIntValue(v) || isFloat(v);
    case Kind.COMPLEX:
      return isIntValue(v) || isFloat(v) || typeOf(v).kind == Kind.COMPLEX;
    case Kind.BYTEARRAY: {
      const k = typeOf(v).kind;
      return k == Kind.BYTES || k == Kind.BYTEARRAY;
    }
    case Kind.SET:
    case Kind.FROZENSET: {
      const k = typeOf(v).kind;
      return k == Kind.SET || k == Kind.FROZENSET;
    }
    case Kind.TYPE:
      return isUnionOperand(v);
  }
  return typeOf(v).kind == owner.kind;
}

// ---- comparison and hashing ----

// object's comparison slot, which NoneType shares: == is identity, != inverts the __eq__ of
// self's type, orderings are not defined.
function objectCompare(self: Value, other: Value, op: i32): Value {
  if (op == CmpOp.EQ) return self == other ? TRUE : NOTIMPL;
  if (op != CmpOp.NE) return NOTIMPL;
  const r = callSpecial1(self, N.__eq__, other);
  if (r == ERR || r == NOTIMPL || r == NULL) return r == ERR ? ERR : NOTIMPL;
  const t = isTrue(r);
  if (t < 0) return ERR;
  return fromBool(t == 0);
}

// __lt__ ... __ge__ (tp_richcompare).
export function slotCompare(owner: PyType, op: i32, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, cmpName(op).s, args, nargs, kwnames, 1)) return ERR;
  const self = argAt(args, 0);
  const other = argAt(args, 1);
  if (owner === T.object || owner === T.none) return objectCompare(self, other, op);
  if (!isOperandOf(owner, other)) return NOTIMPL;
  return builtinCompare(self, other, op);
}

// __hash__ (tp_hash). object's is the identity hash whatever self's type; values without an
// address (None, small ints, ...) keep the hash hash() gives them.
export function slotHash(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__hash__", args, nargs, kwnames, 0)) return ERR;
  const self = argAt(args, 0);
  const h = owner === T.object && isPtr(self) ? identityHash(self) : builtinHash(self);
  return h == -1 ? ERR : intFromI64(h);
}

// ---- operators ----

// a OP b as owner's binary slot computes it, for operands already checked.
export function slotBinaryValues(owner: PyType, kind: i32, a: Value, b: Value): Value {
  if (isSequenceKind(owner.kind)) {
    // sq_concat joins or raises, it never declines
    if (kind == BinOp.ADD) {
      const r = builtinBinary(a, b, kind);
      return r == NOTIMPL ? concatError(a, b) : r;
    }
    // printf-style % formats its own type on the left, whatever the right operand
    if (kind == BinOp.REMAINDER) return typeOf(a).kind == owner.kind ? builtinBinary(a, b, kind) : NOTIMPL;
  }
  if (!isOperandOf(owner, a) || !isOperandOf(owner, b)) return NOTIMPL;
  // int's slots compute on int values: int.__and__(True, False) is 0, not False
  if (owner === T.int) return builtinBinary(asIntValue(a), asIntValue(b), kind);
  return builtinBinary(a, b, kind);
}

// __add__, __radd__, __or__, ... (nb_* and sq_concat). A reflected wrapper applies the
// operator with self on the right.
export function slotBinary(
  owner: PyType, kind: i32, reflected: bool, args: usize, nargs: i32, kwnames: PyTuple | null,
): Value {
  const name = reflected ? RBINOP_NAMES[kind] : BINOP_NAMES[kind];
  if (!slotArgs(owner, name.s, args, nargs, kwnames, 1)) return ERR;
  const self = argAt(args, 0);
  const other = argAt(args, 1);
  return reflected ? slotBinaryValues(owner, kind, other, self) : slotBinaryValues(owner, kind, self, other);
}

// __mul__, __rmul__ and __imul__ of a sequence (sq_repeat, sq_inplace_repeat): the count
// must be an index, TypeError otherwise and OverflowError beyond the index range whatever its
// sign; both __mul__ and __rmul__ repeat self.
export function slotRepeat(
  owner: PyType, name: string, inplace: bool, args: usize, nargs: i32, kwnames: PyTuple | null,
): Value {
  if (!slotArgsUnpacked(owner, name, args, nargs, kwnames, 1, 1)) return ERR;
  const n = index(argAt(args, 1));
  if (n == ERR) return ERR;
  if (!intFitsI64(n)) return raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
  const self = argAt(args, 0);
  return inplace ? sequenceInplace(self, n, BinOp.MULTIPLY) : builtinBinary(self, n, BinOp.MULTIPLY);
}

// __iadd__, __ior__, ... (sq_inplace_concat and the in-place number slots): self mutated.
export function slotInplace(owner: PyType, kind: i32, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, IBINOP_NAMES[kind].s, args, nargs, kwnames, 1)) return ERR;
  const self = argAt(args, 0);
  const other = argAt(args, 1);
  const r = sequenceInplace(self, other, kind);
  // sq_inplace_concat raises rather than declining
  if (r == NOTIMPL && kind == BinOp.ADD && isSequenceKind(owner.kind)) return concatError(self, other);
  return r;
}

// ---- the container protocol ----

// __len__ (sq_length / mp_length).
export function slotLen(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__len__", args, nargs, kwnames, 0)) return ERR;
  const n = builtinLength(argAt(args, 0));
  return n < 0 ? ERR : intFromI64(n);
}

// __contains__ (sq_contains).
export function slotContains(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__contains__", args, nargs, kwnames, 1)) return ERR;
  const r = builtinContains(argAt(args, 0), argAt(args, 1));
  return r < 0 ? ERR : fromBool(r > 0);
}

// __getitem__ (mp_subscript).
export function slotGetItem(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__getitem__", args, nargs, kwnames, 1)) return ERR;
  return builtinGetItem(argAt(args, 0), argAt(args, 1));
}

// __setitem__ (mp_ass_subscript with a value).
export function slotSetItem(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__setitem__", args, nargs, kwnames, 2)) return ERR;
  return builtinSetItem(argAt(args, 0), argAt(args, 1), argAt(args, 2)) < 0 ? ERR : NONE;
}

// __delitem__ (mp_ass_subscript without a value).
export function slotDelItem(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__delitem__", args, nargs, kwnames, 1)) return ERR;
  return builtinDelItem(argAt(args, 0), argAt(args, 1)) < 0 ? ERR : NONE;
}

// __iter__ (tp_iter).
export function slotIter(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__iter__", args, nargs, kwnames, 0)) return ERR;
  const self = argAt(args, 0);
  return builtinIter(self, objOf(self), typeOf(self));
}

// __repr__ (tp_repr) of a type whose subclasses may override it: the builtin layout's repr.
export function slotRepr(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__repr__", args, nargs, kwnames, 0)) return ERR;
  const r = reprLayout(argAt(args, 0));
  return r === null ? ERR : fromObj(newStr(r));
}

// __bool__ (nb_bool).
export function slotBool(owner: PyType, args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!slotArgs(owner, "__bool__", args, nargs, kwnames, 0)) return ERR;
  const r = builtinTruth(argAt(args, 0));
  return r < 0 ? ERR : fromBool(r > 0);
}
