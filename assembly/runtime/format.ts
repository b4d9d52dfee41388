// format(value, spec): the __format__ protocol for builtin types, over the format-spec
// mini-language in objects/formatspec.ts.
import { Value, NULL, ERR, TRUE, FALSE, isFloat, floatOf, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, TypeFlag, typeOf } from "../objects/type";
import { PyStr, newStr } from "../objects/str";
import { E } from "../objects/exceptions";
import { isIntValue, intToString, intSign, intToF64, intNeg, asIntValue, intFitsI64, intToI64, intTooLongForStr } from "../objects/int";
import {
  FormatSpec, parseFormatSpec, formatFloatSpec, formatIntDigits, formatStrSpec, checkIntSpec,
  formatErrorMessage, formatErrorIsMemory,
} from "../objects/formatspec";
import { N } from "./names";
import { raise, typeError, typeName } from "./errors";
import { callFound1 } from "./abstract";
import { str } from "./repr";
import { formatComplex } from "./methods/number";
import { PyComplex } from "../objects/complex";

function specError(t: PyType): Value {
  if (formatErrorIsMemory()) return raise(E.MemoryError, "");
  return raise(E.ValueError, formatErrorMessage(t.name));
}

export function formatValue(v: Value, specv: Value): Value {
  const t = typeOf(v);
  if (t.flags & TypeFlag.HEAP) {
    const m = t.lookup(N.__format__);
    if (m != NULL && !(isPtr(m) && objOf(m).cls === T.builtin)) {
      const r = callFound1(m, v, specv);
      if (r == ERR) return ERR;
      if (!(isPtr(r) && typeOf(r).isSubtype(T.str))) {
        return typeError("__format__ must return a str, not " + typeName(r));
      }
      return r;
    }
  }
  const spec = changetype<PyStr>(objOf(specv)).s;
  if (isFloat(v)) return formatFloat(floatOf(v), spec, t);
  if (isIntValue(v)) {
    if (spec.length == 0) {
      const s = str(v);
      return s === null ? ERR : fromObj(s);
    }
    return formatInt(v, spec, t);
  }
  if (t.kind == Kind.STR) {
    const s = changetype<PyStr>(objOf(v)).s;
    if (spec.length == 0) return fromObj(newStr(s));
    const fs = parseFormatSpec(spec, 115);
    if (fs === null) return specError(t);
    const r = formatStrSpec(s, fs);
    if (r === null) return specError(t);
    return fromObj(newStr(r));
  }
  if (t.kind == Kind.COMPLEX && spec.length > 0) {
    const c = changetype<PyComplex>(objOf(v));
    return formatComplex(c.re, c.im, specv);
  }
  if (spec.length == 0) {
    const s = str(v);
    return s === null ? ERR : fromObj(s);
  }
  return typeError("unsupported format string passed to " + t.name + ".__format__");
}

function formatFloat(x: f64, spec: string, t: PyType): Value {
  const fs = parseFormatSpec(spec);
  if (fs === null) return specError(t);
  const r = formatFloatSpec(x, fs);
  if (r === null) return specError(t);
  return fromObj(newStr(r));
}

function formatInt(v: Value, spec: string, t: PyType): Value {
  const fs = parseFormatSpec(spec, 100);
  if (fs === null) return specError(t);
  const ty = fs.type;
  // float presentation types format the int as a float
  if (ty == 101 || ty == 69 || ty == 102 || ty == 70 || ty == 103 || ty == 71 || ty == 37) {
    const x = intToF64(v);
    if (!isFinite(x)) return raise(E.OverflowError, "int too large to convert to float");
    const r = formatFloatSpec(x, fs);
    if (r === null) return specError(t);
    return fromObj(newStr(r));
  }
  if (!checkIntSpec(fs)) return specError(t);
  if (ty == 99) {
    // 'c': the character with that code point
    if (!intFitsI64(v) || intToI64(v) < 0 || intToI64(v) > 0x10ffff) {
      return raise(E.OverflowError, "%c arg not in range(0x110000)");
    }
    const r = formatIntDigits(false, String.fromCodePoint(<i32>intToI64(v)), fs, "");
    if (r === null) return specError(t);
    return fromObj(newStr(r));
  }
  let radix = 10;
  let prefix = "";
  if (ty == 98) {
    radix = 2;
    prefix = "0b";
  } else if (ty == 111) {
    radix = 8;
    prefix = "0o";
  } else if (ty == 120) {
    radix = 16;
    prefix = "0x";
  } else if (ty == 88) {
    radix = 16;
    prefix = "0X";
  }
  if (radix == 10 && intTooLongForStr(v)) {
    return raise(E.ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  }
  const neg = intSign(v) < 0;
  let digits = intToString(neg ? intNeg(asIntValue(v)) : asIntValue(v), radix);
  if (ty == 88) digits = digits.toUpperCase();
  const r = formatIntDigits(neg, digits, fs, fs.alternate ? prefix : "");
  if (r === null) return specError(t);
  return fromObj(newStr(r));
}

