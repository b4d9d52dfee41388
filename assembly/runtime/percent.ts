// printf-style formatting: str % args and bytes % args (CPython's PyUnicode_Format and
// _PyBytes_FormatEx).
//
// One parser serves both: the format is read as UTF-16 units (str) or bytes, each directive
// "%[(key)][flags][width][.precision][h|l|L]conv" is parsed, its argument fetched, and the
// converted text appended. Field layout (padding, signs, "0x" prefixes, precision) is done by
// formatspec.ts's formatPercent* helpers; bytes output is the ASCII of the same text, except
// for %s/%b/%c, which copy bytes.
//
// Argument bookkeeping follows CPython exactly: a tuple supplies arguments in order; any other
// value is the single argument; a mapping (not a tuple, str or bytes) enables %(key) lookups,
// after which the looked-up value is the single argument, and silences the "not all arguments
// converted" check. Errors are raised in CPython's order (the argument is fetched before the
// conversion character is validated).
import { Value, NULL, ERR, isFloat, floatOf, isPtr, objOf, fromObj, isSmallInt, smallOf } from "../objects/value";
import { T, Kind, typeOf } from "../objects/type";
import { PyStr, newStr } from "../objects/str";
import { PyBytes } from "../objects/bytes";
import { PyTuple } from "../objects/tuple";
import { E } from "../objects/exceptions";
import {
  isIntValue, intFitsI64, intToI64, intSign, intNeg, asIntValue, intToString, intToF64, intTooLongForStr,
  MAX_STR_DIGITS,
} from "../objects/int";
import {
  formatPercentFloat, formatPercentInt, formatPercentStr, PF_MINUS, PF_PLUS, PF_SPACE, PF_ALT, PF_ZERO,
} from "../objects/formatspec";
import { N } from "./names";
import { raise, typeError, typeName, errorMatches, clearError, hasError } from "./errors";
import { getItem, repr, str, index, callSpecial0 } from "./abstract";
import { asciiOf } from "./repr";
import { intOf } from "./constructors";
import { reserveMemory } from "./gc";
import { TextBuilder, cpIndexOfUnit, cpAt } from "./methods/str";
import { ByteBuilder, isBytesValue } from "./methods/bytes";

// The format string: UTF-16 units of a str, or the bytes of a bytes object.
class FormatSource {
  p: usize;
  n: i32;
  wide: bool;

  constructor(p: usize, n: i32, wide: bool) {
    this.p = p;
    this.n = n;
    this.wide = wide;
  }

  at(i: i32): u32 {
    return this.wide ? <u32>load<u16>(this.p + (<usize>i << 1)) : <u32>load<u8>(this.p + <usize>i);
  }
}

// One call's arguments (CPython's unicode_formatter_t: args, arglen, argidx, dict).
class FormatArgs {
  args: Value;
  arglen: i64;
  argidx: i64;
  dict: Value = NULL;

  constructor(args: Value, isBytes: bool) {
    this.args = args;
    if (isPtr(args) && typeOf(args).kind == Kind.TUPLE) {
      this.arglen = changetype<PyTuple>(objOf(args)).length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
    if (hasGetItem(args)) {
      const k = typeOf(args).kind;
      const excluded = k == Kind.TUPLE || k == Kind.STR || (isBytes && (k == Kind.BYTES || k == Kind.BYTEARRAY));
      if (!excluded) this.dict = args;
    }
  }

  next(): Value {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx = i + 1;
      if (this.arglen < 0) return this.args;
      return changetype<PyTuple>(objOf(this.args)).get(<i32>i);
    }
    return typeError("not enough arguments for format string");
  }
}

// PyMapping_Check: the type can be subscripted.
function hasGetItem(v: Value): bool {
  if (!isPtr(v)) return false;
  const t = typeOf(v);
  switch (t.kind) {
    case Kind.LIST:
    case Kind.DICT:
    case Kind.TUPLE:
    case Kind.STR:
    case Kind.BYTES:
    case Kind.BYTEARRAY:
    case Kind.RANGE:
    case Kind.MAPPING_PROXY:
      return true;
  }
  return t.lookup(N.__getitem__) != NULL;
}

// A parsed directive.
class Directive {
  flags: i32 = 0;
  width: i64 = -1;
  prec: i64 = -1;
  conv: u32 = 0;
  convAt: i32 = 0; // unit index of the conversion character
  arg: Value = NULL; // the value to convert
}

const WIDTH_LIMIT: i64 = i64.MAX_VALUE;

// A '*' width or precision: the next argument, which must be an int.
function starArg(st: FormatArgs): i64 {
  const v = st.next();
  if (v == ERR) return i64.MIN_VALUE;
  if (!isIntValue(v)) {
    typeError("* wants int");
    return i64.MIN_VALUE;
  }
  if (!intFitsI64(v)) {
    raise(E.OverflowError, "Python int too large to convert to C ssize_t");
    return i64.MIN_VALUE;
  }
  return intToI64(v);
}

// Parses the directive whose '%' is just before unit `pos` and fetches its argument into d;
// returns the position after it, or -1 with an exception.
function parseDirective(src: FormatSource, pos: i32, st: FormatArgs, d: Directive, fmt: Value): i32 {
  let i = pos;
  const n = src.n;
  if (i < n && src.at(i) == 40) {
    if (st.dict == NULL) {
      typeError("format requires a mapping");
      return -1;
    }
    i++;
    const keyStart = i;
    let depth = 1;
    while (depth > 0 && i < n) {
      const c = src.at(i);
      if (c == 41) depth--;
      else if (c == 40) depth++;
      i++;
    }
    if (depth > 0) {
      raise(E.ValueError, "incomplete format key");
      return -1;
    }
    const value = getItem(st.dict, keyOf(src, fmt, keyStart, i - 1));
    if (value == ERR) return -1;
    st.args = value;
    st.arglen = -1;
    st.argidx = -2;
  }
  while (i < n) {
    const c = src.at(i);
    if (c == 45) d.flags |= PF_MINUS;
    else if (c == 43) d.flags |= PF_PLUS;
    else if (c == 32) d.flags |= PF_SPACE;
    else if (c == 35) d.flags |= PF_ALT;
    else if (c == 48) d.flags |= PF_ZERO;
    else break;
    i++;
  }
  if (i < n && src.at(i) == 42) {
    const w = starArg(st);
    if (w == i64.MIN_VALUE) return -1;
    if (w < 0) {
      d.flags |= PF_MINUS;
      d.width = -w;
    } else {
      d.width = w;
    }
    i++;
  } else {
    let w: i64 = -1;
    while (i < n && src.at(i) - 48 < 10) {
      const digit = <i64>(src.at(i) - 48);
      if (w < 0) w = 0;
      if (w > (WIDTH_LIMIT - digit) / 10) {
        raise(E.ValueError, "width too big");
        return -1;
      }
      w = w * 10 + digit;
      i++;
    }
    d.width = w;
  }
  if (i < n && src.at(i) == 46) {
    i++;
    d.prec = 0;
    if (i < n && src.at(i) == 42) {
      const p = starArg(st);
      if (p == i64.MIN_VALUE) return -1;
      d.prec = p < 0 ? 0 : p;
      i++;
    } else {
      let p: i64 = 0;
      while (i < n && src.at(i) - 48 < 10) {
        const digit = <i64>(src.at(i) - 48);
        if (p > (WIDTH_LIMIT - digit) / 10) {
          raise(E.ValueError, "precision too big");
          return -1;
        }
        p = p * 10 + digit;
        i++;
      }
      d.prec = p;
    }
  }
  if (i < n) {
    const c = src.at(i);
    if (c == 104 || c == 108 || c == 76) i++; // C length modifiers h, l, L are accepted and ignored
  }
  if (i >= n) {
    raise(E.ValueError, "incomplete format");
    return -1;
  }
  d.convAt = i;
  d.conv = src.wide ? cpAt(changetype<PyStr>(objOf(fmt)).s, i) : src.at(i);
  i += d.conv >= 0x10000 ? 2 : 1;
  const arg = st.next();
  if (arg == ERR) return -1;
  d.arg = arg;
  return i;
}

function keyOf(src: FormatSource, fmt: Value, from: i32, to: i32): Value {
  if (src.wide) return fromObj(newStr(changetype<PyStr>(objOf(fmt)).s.substring(from, to)));
  const n = to - from;
  const data = new StaticArray<u8>(n);
  memory.copy(changetype<usize>(data), src.p + <usize>from, <usize>n);
  return fromObj(new PyBytes(data, n, false));
}

function clampWidth(w: i64): i32 {
  return w > <i64>i32.MAX_VALUE ? i32.MAX_VALUE : <i32>w;
}

function memoryError(): string | null {
  raise(E.MemoryError, "");
  return null;
}

// %d %i %u %x %X %o: the int text, or null with an exception.
function formatIntDirective(d: Directive): string | null {
  let v = d.arg;
  const conv = d.conv;
  // %x %X %o take only ints and __index__; %d %i %u also truncate floats and call __int__
  const radixConv = conv == 120 || conv == 88 || conv == 111;
  if (!isIntValue(v)) {
    const t = typeOf(v);
    const textual = t.kind == Kind.STR || t.kind == Kind.BYTES || t.kind == Kind.BYTEARRAY;
    const converted = textual ? ERR : radixConv ? index(v) : intOf(v);
    if (converted == ERR) {
      if (!textual && !errorMatches(E.TypeError)) return null;
      if (!textual) clearError();
      typeError(
        "%" + String.fromCharCode(<i32>conv) + " format: " + (radixConv ? "an integer is required" : "a real number is required") +
        ", not " + typeName(v),
      );
      return null;
    }
    v = converted;
  }
  const radix = conv == 111 ? 8 : radixConv ? 16 : 10;
  if (radix == 10 && intTooLongForStr(v)) {
    raise(
      E.ValueError,
      "Exceeds the limit (" + MAX_STR_DIGITS.toString() + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    return null;
  }
  const neg = intSign(v) < 0;
  let digits = intToString(neg ? intNeg(asIntValue(v)) : asIntValue(v), radix);
  if (conv == 88) digits = digits.toUpperCase();
  const r = formatPercentInt(neg, digits, d.flags, clampWidth(d.width), clampWidth(d.prec), radixConv ? <i32>conv : 100);
  return r === null ? memoryError() : r;
}

// PyFloat_AsDouble for %e %f %g: NaN-boxed floats, ints, __float__, __index__.
function floatArg(v: Value, isBytes: bool): f64 {
  if (isFloat(v)) return floatOf(v);
  if (isIntValue(v)) {
    const x = intToF64(v);
    if (!isFinite(x)) {
      raise(E.OverflowError, "int too large to convert to float");
      return NaN;
    }
    return x;
  }
  const t = typeOf(v);
  if (t.lookup(N.__float__) != NULL) {
    const r = callSpecial0(v, N.__float__);
    if (r == ERR) return NaN;
    if (!isFloat(r)) {
      typeError(t.name + ".__float__ returned non-float (type " + typeName(r) + ")");
      return NaN;
    }
    return floatOf(r);
  }
  if (t.lookup(N.__index__) != NULL) {
    const r = index(v);
    if (r == ERR) return NaN;
    return floatArg(r, isBytes);
  }
  typeError(isBytes ? "float argument required, not " + typeName(v) : "must be real number, not " + typeName(v));
  return NaN;
}

// Checks for an exception after floatArg returned NaN (a NaN argument is legitimate).
function floatFailed(x: f64): bool {
  return isNaN(x) && hasError();
}

function unsupported(d: Directive, fmt: Value, isBytes: bool): void {
  const c = d.conv;
  const shown = c >= 32 && c < 127 ? String.fromCharCode(<i32>c) : "?";
  const at = isBytes ? d.convAt : cpIndexOfUnit(changetype<PyStr>(objOf(fmt)), d.convAt);
  raise(
    E.ValueError,
    "unsupported format character '" + shown + "' (0x" + c.toString(16) + ") at index " + at.toString(),
  );
}

// The text of a numeric or %r/%a/%s(str) directive; null with an exception. For bytes, %s,
// %b and %c are handled by the caller.
function formatTextDirective(d: Directive, fmt: Value, isBytes: bool): string | null {
  switch (d.conv) {
    case 115: // s
    case 114: // r
    case 97: { // a
      let s: string;
      if (d.conv == 115) {
        const o = str(d.arg);
        if (o === null) return null;
        s = o.s;
      } else {
        const o = repr(d.arg);
        if (o === null) return null;
        s = d.conv == 97 || isBytes ? asciiOf(o.s).s : o.s;
      }
      const r = formatPercentStr(s, d.flags, clampWidth(d.width), clampWidth(d.prec));
      return r === null ? memoryError() : r;
    }
    case 100: // d
    case 105: // i
    case 117: // u
    case 120: // x
    case 88: // X
    case 111: // o
      return formatIntDirective(d);
    case 101: // e
    case 69: // E
    case 102: // f
    case 70: // F
    case 103: // g
    case 71: { // G
      const x = floatArg(d.arg, isBytes);
      if (floatFailed(x)) return null;
      const r = formatPercentFloat(x, d.flags, clampWidth(d.width), clampWidth(d.prec), <i32>d.conv);
      return r === null ? memoryError() : r;
    }
    case 99: { // c (str formatting)
      let ch: u32;
      const v = d.arg;
      if (isPtr(v) && typeOf(v).kind == Kind.STR) {
        const s = changetype<PyStr>(objOf(v));
        if (s.length != 1) {
          typeError("%c requires int or char");
          return null;
        }
        ch = cpAt(s.s, 0);
      } else {
        const iv = isIntValue(v) ? v : isFloat(v) ? ERR : index(v);
        if (iv == ERR) {
          if (isFloat(v) || errorMatches(E.TypeError)) {
            if (!isFloat(v)) clearError();
            typeError("%c requires int or char");
          }
          return null;
        }
        const x = intFitsI64(iv) ? intToI64(iv) : -1;
        if (x < 0 || x > 0x10ffff) {
          raise(E.OverflowError, "%c arg not in range(0x110000)");
          return null;
        }
        ch = <u32>x;
      }
      const r = formatPercentStr(String.fromCodePoint(<i32>ch), d.flags, clampWidth(d.width), -1);
      return r === null ? memoryError() : r;
    }
  }
  unsupported(d, fmt, isBytes);
  return null;
}

/** str % args. */
export function percentFormat(fmt: PyStr, args: Value): Value {
  const s = fmt.s;
  const src = new FormatSource(changetype<usize>(s), s.length, true);
  const st = new FormatArgs(args, false);
  const out = new TextBuilder(s.length + 16);
  const fmtv = fromObj(fmt);
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = i;
    while (i < n && src.at(i) != 37) i++;
    out.range(s, start, i);
    if (i >= n) break;
    i++;
    if (i < n && src.at(i) == 37) {
      out.unit(37);
      i++;
      continue;
    }
    const d = new Directive();
    i = parseDirective(src, i, st, d, fmtv);
    if (i < 0) return ERR;
    // the common bare %s of a str and %d of a small int need no conversion step
    if (d.flags == 0 && d.width < 0 && d.prec < 0) {
      const a = d.arg;
      if (d.conv == 115 && isPtr(a) && objOf(a).cls === T.str) {
        out.str(changetype<PyStr>(objOf(a)).s);
        continue;
      }
      if ((d.conv == 100 || d.conv == 105) && isSmallInt(a)) {
        out.str(smallOf(a).toString());
        continue;
      }
    }
    const text = formatTextDirective(d, fmtv, false);
    if (text === null) return ERR;
    out.str(text);
  }
  if (st.argidx < st.arglen && st.dict == NULL) {
    return typeError("not all arguments converted during string formatting");
  }
  return fromObj(newStr(out.toString()));
}

// The bytes of a %s / %b argument: bytes-like, or __bytes__.
function bytesOfArg(v: Value): PyBytes | null {
  if (isBytesValue(v)) return changetype<PyBytes>(objOf(v));
  const t = typeOf(v);
  if (t.kind != Kind.STR && t.lookup(N.__bytes__) != NULL) {
    const r = callSpecial0(v, N.__bytes__);
    if (r == ERR) return null;
    if (!(isPtr(r) && typeOf(r).kind == Kind.BYTES)) {
      typeError("__bytes__ returned non-bytes (type " + typeName(r) + ")");
      return null;
    }
    return changetype<PyBytes>(objOf(r));
  }
  typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + typeName(v) + "'");
  return null;
}

// Pads raw bytes as formatPercentStr pads text: precision truncates, '-' left-justifies.
function appendPadded(out: ByteBuilder, p: usize, len: i32, d: Directive): void {
  let n = len;
  if (d.prec >= 0 && <i64>n > d.prec) n = <i32>d.prec;
  const pad: i64 = d.width > <i64>n ? d.width - n : 0;
  if ((d.flags & PF_MINUS) == 0) out.repeat(32, pad);
  out.bytes(p, n);
  if ((d.flags & PF_MINUS) != 0) out.repeat(32, pad);
}

/** bytes % args (also bytearray % args; the result is bytes or bytearray like fmt). */
export function percentFormatBytes(fmt: PyBytes, args: Value): Value {
  const src = new FormatSource(fmt.ptr, fmt.length, false);
  const st = new FormatArgs(args, true);
  const out = new ByteBuilder(fmt.length + 16);
  const fmtv = fromObj(fmt);
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const start = i;
    while (i < n && src.at(i) != 37) i++;
    out.bytes(fmt.ptr + <usize>start, i - start);
    if (i >= n) break;
    i++;
    if (i < n && src.at(i) == 37) {
      out.byte(37);
      i++;
      continue;
    }
    const d = new Directive();
    i = parseDirective(src, i, st, d, fmtv);
    if (i < 0) return ERR;
    if (d.conv == 115 || d.conv == 98) {
      const b = bytesOfArg(d.arg);
      if (b === null) return ERR;
      if (d.width > 4096 && !reserveMemory(<f64>d.width)) return ERR;
      appendPadded(out, b.ptr, b.length, d);
      continue;
    }
    if (d.conv == 99) {
      const v = d.arg;
      let byte: i32 = -1;
      if (isBytesValue(v) && changetype<PyBytes>(objOf(v)).length == 1) {
        byte = changetype<PyBytes>(objOf(v)).at(0);
      } else if (isIntValue(v)) {
        const x = intFitsI64(v) ? intToI64(v) : -1;
        if (x < 0 || x > 255) return raise(E.OverflowError, "%c arg not in range(256)");
        byte = <i32>x;
      } else {
        return typeError("%c requires an integer in range(256) or a single byte");
      }
      const one = new StaticArray<u8>(1);
      unchecked((one[0] = <u8>byte));
      if (d.width > 4096 && !reserveMemory(<f64>d.width)) return ERR;
      appendPadded(out, changetype<usize>(one), 1, d);
      continue;
    }
    const text = formatTextDirective(d, fmtv, true);
    if (text === null) return ERR;
    out.ascii(text);
  }
  if (st.argidx < st.arglen && st.dict == NULL) {
    return typeError("not all arguments converted during bytes formatting");
  }
  return fromObj(out.finish(fmt.cls === T.bytearray || typeOf(fmtv).kind == Kind.BYTEARRAY));
}
