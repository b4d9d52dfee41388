// Compile-time constant values: what the AST optimiser folds and what co_consts holds.
//
// Constants are unit.ts ConstValues. This file adds what the compiler needs to compute with
// them as CPython's compiler does with real objects:
//   - int arithmetic on BigNum, the runtime's own arbitrary-precision integer;
//   - constKey(): the identity used to merge equal constants, as _PyCode_ConstantKey()
//     (the type is part of the key: 1, 1.0 and True are distinct; so are 0.0 and -0.0);
//   - constIsTrue(), constEquals(): truth value and Python equality of constants;
//   - constRepr(): the normalised rendering used by the compiler tests (see regen.py).
// Int constants are kept as base-10 text with an optional leading '-' once they went through
// the compiler (normaliseInt), so equal ints always have equal text.
import { ConstTag, ConstValue, CodeUnit } from "./unit";
import { BigNum } from "../objects/bigint";

// ---------------------------------------------------------------- constructors

export function makeNone(): ConstValue {
  return new ConstValue(ConstTag.None);
}

export function makeBool(b: bool): ConstValue {
  return new ConstValue(b ? ConstTag.True : ConstTag.False);
}

export function makeIntText(text: string): ConstValue {
  const v = new ConstValue(ConstTag.Int);
  v.text = text;
  v.base = 10;
  return v;
}

export function makeInt(n: i64): ConstValue {
  return makeIntText(n.toString());
}

export function makeLong(n: BigNum): ConstValue {
  return makeIntText(n.toString());
}

export function makeFloat(x: f64): ConstValue {
  const v = new ConstValue(ConstTag.Float);
  v.num = x;
  return v;
}

export function makeComplex(re: f64, im: f64): ConstValue {
  const v = new ConstValue(ConstTag.Complex);
  v.num = im;
  v.re = re;
  return v;
}

export function makeStr(s: string): ConstValue {
  const v = new ConstValue(ConstTag.Str);
  v.text = s;
  return v;
}

export function makeBytes(b: Array<u8>): ConstValue {
  const v = new ConstValue(ConstTag.Bytes);
  v.bytes = b;
  return v;
}

export function makeTuple(items: Array<ConstValue>): ConstValue {
  const v = new ConstValue(ConstTag.Tuple);
  v.items = items;
  return v;
}

export function makeCode(code: CodeUnit): ConstValue {
  const v = new ConstValue(ConstTag.Code);
  v.code = code;
  return v;
}

export function makeStrTuple(names: Array<string>): ConstValue {
  const items = new Array<ConstValue>();
  for (let i = 0; i < names.length; i++) items.push(makeStr(names[i]));
  return makeTuple(items);
}

// A frozenset of the given items, duplicates (by Python equality) dropped, first kept.
export function makeFrozenSet(items: Array<ConstValue>): ConstValue {
  const kept = new Array<ConstValue>();
  for (let i = 0; i < items.length; i++) {
    let dup = false;
    for (let j = 0; j < kept.length; j++) {
      if (constEquals(kept[j], items[i])) {
        dup = true;
        break;
      }
    }
    if (!dup) kept.push(items[i]);
  }
  const v = new ConstValue(ConstTag.FrozenSet);
  v.items = kept;
  return v;
}

// Ints arrive from the parser as digits in some base; the compiler keeps base-10 text.
export function normaliseInt(v: ConstValue): ConstValue {
  if (v.tag != ConstTag.Int) return v;
  if (v.base == 10 && isCanonicalDecimal(v.text)) return v;
  const n = BigNum.fromString(v.text, v.base);
  if (n === null) return v;
  return makeLong(n);
}

function isCanonicalDecimal(t: string): bool {
  let i = 0;
  if (t.length > 0 && t.charCodeAt(0) == 45) i = 1;
  if (i >= t.length) return false;
  if (t.charCodeAt(i) == 48 && t.length > i + 1) return false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// ---------------------------------------------------------------- queries

export function isIntLike(v: ConstValue): bool {
  return v.tag == ConstTag.Int || v.tag == ConstTag.True || v.tag == ConstTag.False;
}

// The integer value of an int or bool constant.
export function longOf(v: ConstValue): BigNum {
  if (v.tag == ConstTag.True) return BigNum.fromI64(1);
  if (v.tag == ConstTag.False) return BigNum.fromI64(0);
  const n = BigNum.fromString(v.text, v.base);
  return n === null ? BigNum.fromI64(0) : n;
}

export function constIsTrue(v: ConstValue): bool {
  switch (v.tag) {
    case ConstTag.None:
    case ConstTag.False:
      return false;
    case ConstTag.True:
    case ConstTag.Ellipsis:
    case ConstTag.Code:
      return true;
    case ConstTag.Int:
      return !longOf(v).isZero();
    case ConstTag.Float:
      return v.num != 0.0;
    case ConstTag.Complex:
      return v.num != 0.0 || v.re != 0.0;
    case ConstTag.Str:
      return v.text.length > 0;
    case ConstTag.Bytes:
      return v.bytes !== null && v.bytes!.length > 0;
    case ConstTag.Tuple:
    case ConstTag.FrozenSet:
      return v.items !== null && v.items!.length > 0;
  }
  return true;
}

// Python `==` between constants (numbers compare across int/bool/float/complex).
export function constEquals(a: ConstValue, b: ConstValue): bool {
  const an = isNumber(a);
  const bn = isNumber(b);
  if (an || bn) {
    if (!(an && bn)) return false;
    if (a.tag == ConstTag.Complex || b.tag == ConstTag.Complex) {
      return realPart(a) == realPart(b) && imagPart(a) == imagPart(b);
    }
    if (a.tag == ConstTag.Float || b.tag == ConstTag.Float) {
      if (isIntLike(a)) return intEqualsFloat(longOf(a), b.num);
      if (isIntLike(b)) return intEqualsFloat(longOf(b), a.num);
      return a.num == b.num;
    }
    return BigNum.compare(longOf(a), longOf(b)) == 0;
  }
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case ConstTag.None:
    case ConstTag.Ellipsis:
      return true;
    case ConstTag.Str:
      return a.text == b.text;
    case ConstTag.Bytes:
      return bytesEqual(a.bytes!, b.bytes!);
    case ConstTag.Tuple: {
      const x = a.items!;
      const y = b.items!;
      if (x.length != y.length) return false;
      for (let i = 0; i < x.length; i++) if (!constEquals(x[i], y[i])) return false;
      return true;
    }
    case ConstTag.FrozenSet: {
      const x = a.items!;
      const y = b.items!;
      if (x.length != y.length) return false;
      for (let i = 0; i < x.length; i++) {
        let found = false;
        for (let j = 0; j < y.length; j++) {
          if (constEquals(x[i], y[j])) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return true;
    }
    case ConstTag.Code:
      return a.code === b.code;
  }
  return false;
}

function isNumber(v: ConstValue): bool {
  return isIntLike(v) || v.tag == ConstTag.Float || v.tag == ConstTag.Complex;
}

function realPart(v: ConstValue): f64 {
  if (v.tag == ConstTag.Complex) return v.re;
  if (v.tag == ConstTag.Float) return v.num;
  return longOf(v).toF64();
}

function imagPart(v: ConstValue): f64 {
  return v.tag == ConstTag.Complex ? v.num : 0.0;
}

function intEqualsFloat(n: BigNum, x: f64): bool {
  if (!isFinite(x) || Math.floor(x) != x) return false;
  return n.toF64() == x && n.bitLength() <= 1024 && BigNum.compareF64(n, x) == 0;
}

function bytesEqual(a: Array<u8>, b: Array<u8>): bool {
  if (a.length != b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
  return true;
}

// ---------------------------------------------------------------- identity and rendering

// Two constants share a co_consts slot iff their keys are equal (_PyCode_ConstantKey).
export function constKey(v: ConstValue): string {
  switch (v.tag) {
    case ConstTag.None:
      return "N";
    case ConstTag.True:
      return "T";
    case ConstTag.False:
      return "F";
    case ConstTag.Ellipsis:
      return "E";
    case ConstTag.Int:
      return "i" + intText(v);
    case ConstTag.Float:
      // NaN != NaN: CPython never merges two NaN constants
      if (isNaN(v.num)) return "f" + uniqueSuffix();
      return "f" + reinterpret<u64>(v.num).toString(16);
    case ConstTag.Complex:
      if (isNaN(v.num) || isNaN(v.re)) return "c" + uniqueSuffix();
      return "c" + reinterpret<u64>(v.re).toString(16) + "," + reinterpret<u64>(v.num).toString(16);
    case ConstTag.Str:
      return "s" + v.text;
    case ConstTag.Bytes:
      return "b" + bytesHex(v.bytes!);
    case ConstTag.Tuple: {
      let s = "(";
      const items = v.items!;
      for (let i = 0; i < items.length; i++) {
        const k = constKey(items[i]);
        s += k.length.toString() + ":" + k;
      }
      return s + ")";
    }
    case ConstTag.FrozenSet: {
      const keys = new Array<string>();
      const items = v.items!;
      for (let i = 0; i < items.length; i++) keys.push(constKey(items[i]));
      keys.sort(compareStrings);
      let s = "{";
      for (let i = 0; i < keys.length; i++) s += keys[i].length.toString() + ":" + keys[i];
      return s + "}";
    }
    case ConstTag.Code:
      return "C" + codeKey(v.code!);
  }
  return "?";
}

let uniqueCounter: i32 = 0;

function uniqueSuffix(): string {
  return "#" + (uniqueCounter++).toString();
}

function keyOfList(items: Array<string>): string {
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = items[i].length.toString() + ":" + items[i];
  return parts.join("");
}

// Code objects compare structurally (code_richcompare): name, argument counts, flags, first
// line, instructions, constants, names, localsplus names, locations, exception table. Not
// the qualname: two identical lambdas on one line are one constant.
function codeKey(c: CodeUnit): string {
  const parts = new Array<string>();
  parts.push(c.name);
  parts.push(c.argcount.toString() + "," + c.posonlyargcount.toString() + "," + c.kwonlyargcount.toString() +
    "," + c.flags.toString() + "," + c.firstlineno.toString());
  const code = new Array<string>();
  for (let i = 0; i < c.code.length; i++) code.push(c.code[i].toString(16));
  parts.push(code.join(","));
  const consts = new Array<string>();
  for (let i = 0; i < c.consts.length; i++) consts.push(constKey(c.consts[i]));
  parts.push(keyOfList(consts));
  parts.push(keyOfList(c.names));
  parts.push(keyOfList(c.localsplusNames));
  const locs = new Array<string>();
  for (let i = 0; i < c.lines.length; i++) {
    locs.push(c.lines[i].toString() + "," + c.endLines[i].toString() + "," + c.cols[i].toString() + "," +
      c.endCols[i].toString());
  }
  parts.push(locs.join(";"));
  const exc = new Array<string>();
  for (let i = 0; i < c.exceptionTable.length; i++) {
    const e = c.exceptionTable[i];
    exc.push(e.start.toString() + "," + e.end.toString() + "," + e.target.toString() + "," + e.depth.toString() +
      (e.lasti ? "l" : ""));
  }
  parts.push(exc.join(";"));
  return keyOfList(parts);
}

export function compareStrings(a: string, b: string): i32 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intText(v: ConstValue): string {
  if (v.tag == ConstTag.True) return "1";
  if (v.tag == ConstTag.False) return "0";
  if (v.base == 10) return v.text;
  return longOf(v).toString();
}

function hex2(b: u32): string {
  const d = "0123456789abcdef";
  return d.charAt((b >> 4) & 15) + d.charAt(b & 15);
}

export function bytesHex(b: Array<u8>): string {
  const parts = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = hex2(b[i]);
  return parts.join("");
}

export function f64Hex(x: f64): string {
  let s = reinterpret<u64>(x).toString(16);
  while (s.length < 16) s = "0" + s;
  return s;
}

function hexPad(n: u32, width: i32): string {
  let s = n.toString(16);
  while (s.length < width) s = "0" + s;
  return s;
}

// The escaping of regen.py's show_str: printable ASCII stays, the rest is \uXXXX / \UXXXXXXXX.
export function showStr(s: string): string {
  const out = new Array<string>();
  out.push("'");
  const n = s.length;
  let run = 0; // start of the pending run of printable ASCII
  for (let i = 0; i < n; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c != 92 && c != 39) continue;
    if (run < i) out.push(s.substring(run, i));
    const at = i;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c == 92 || c == 39) out.push("\\" + s.charAt(at));
    else if (c < 0x10000) out.push("\\u" + hexPad(c, 4));
    else out.push("\\U" + hexPad(c, 8));
    run = i + 1;
  }
  if (run < n) out.push(s.substring(run, n));
  out.push("'");
  return out.join("");
}

export function constRepr(v: ConstValue): string {
  switch (v.tag) {
    case ConstTag.None:
      return "None";
    case ConstTag.True:
      return "True";
    case ConstTag.False:
      return "False";
    case ConstTag.Ellipsis:
      return "Ellipsis";
    case ConstTag.Int:
      return intText(v);
    case ConstTag.Float:
      return "f:" + f64Hex(v.num);
    case ConstTag.Complex:
      return "c:" + f64Hex(v.re) + "," + f64Hex(v.num);
    case ConstTag.Str:
      return showStr(v.text);
    case ConstTag.Bytes:
      return "b'" + bytesHex(v.bytes!) + "'";
    case ConstTag.Tuple: {
      const items = v.items!;
      if (items.length == 1) return "(" + constRepr(items[0]) + ",)";
      let s = "(";
      for (let i = 0; i < items.length; i++) {
        if (i > 0) s += ", ";
        s += constRepr(items[i]);
      }
      return s + ")";
    }
    case ConstTag.FrozenSet: {
      const parts = new Array<string>();
      const items = v.items!;
      for (let i = 0; i < items.length; i++) parts.push(constRepr(items[i]));
      parts.sort(compareStrings);
      return "frozenset({" + parts.join(", ") + "})";
    }
    case ConstTag.Code:
      return "<code " + v.code!.qualname + ">";
  }
  return "?";
}
