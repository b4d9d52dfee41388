// The AST optimiser: constant folding done before the symbol table, as CPython's
// Python/ast_opt.c (_PyAST_Optimize). It folds unary/binary operators, subscripts and tuples
// of constants (with the same size limits), turns `x in [..]` / `for x in [..]` literals into
// tuples and frozensets, rewrites `"%s" % (a,)` into an f-string, replaces `__debug__` and
// inverts `not (a is b)`-style comparisons.
//
// AssemblyScript cannot change a node's class in place, so every fold returns the node that
// replaces its input and the parent stores it back. Folded values live in ValueConstant, a
// Constant that carries its ConstValue; literals from the parser are converted on demand by
// constValueOf(). Folding never fails: an operation CPython would reject (ZeroDivisionError,
// OverflowError, TypeError, ...) is simply left unfolded.
import * as A from "../parser/ast";
import { BinOp, CmpOp, UnaryOp } from "../common/operators";
import { ConstTag, ConstValue } from "./unit";
import { parseFloatLiteral } from "../objects/floatfmt";
import { BigNum } from "../objects/bigint";
import {
  constIsTrue, isIntLike, longOf, makeBool, makeBytes, makeComplex, makeFloat,
  makeFrozenSet, makeInt, makeLong, makeNone, makeStr, makeTuple, normaliseInt,
} from "./consts";

export class ValueConstant extends A.Constant {
  value: ConstValue = makeNone();
}

export function makeConstNode(v: ConstValue, line: i32, col: i32, endLine: i32, endCol: i32): ValueConstant {
  const c = new ValueConstant(A.NodeKind.Constant, line, col, endLine, endCol);
  c.value = v;
  return c;
}

function constAt(v: ConstValue, at: A.Node): ValueConstant {
  return makeConstNode(v, at.line, at.col, at.endLine, at.endCol);
}

// The value of a Constant node, literal or folded.
export function constValueOf(n: A.Node): ConstValue {
  if (n instanceof ValueConstant) return (<ValueConstant>n).value;
  const c = <A.Constant>n;
  switch (c.constKind) {
    case A.ConstKind.None:
      return makeNone();
    case A.ConstKind.True:
      return makeBool(true);
    case A.ConstKind.False:
      return makeBool(false);
    case A.ConstKind.Ellipsis:
      return new ConstValue(ConstTag.Ellipsis);
    case A.ConstKind.Int: {
      const v = new ConstValue(ConstTag.Int);
      v.text = c.text;
      v.base = c.base;
      return normaliseInt(v);
    }
    case A.ConstKind.Float:
      return makeFloat(parseFloatText(c.text));
    case A.ConstKind.Imag:
      return makeComplex(0.0, parseFloatText(c.text));
    case A.ConstKind.Str:
      return makeStr(c.text);
    case A.ConstKind.Bytes:
      return makeBytes(c.bytes !== null ? c.bytes! : new Array<u8>());
  }
  return makeNone();
}

function parseFloatText(t: string): f64 {
  return parseFloatLiteral(t);
}

export function isConst(n: A.Node | null): bool {
  return n !== null && n.kind == A.NodeKind.Constant;
}

export function isStrConst(n: A.Node): bool {
  return n.kind == A.NodeKind.Constant && constValueOf(n).tag == ConstTag.Str;
}

// _PyAST_GetDocString: the first statement is an expression statement of a str constant.
export function hasDocString(body: Array<A.Node>): bool {
  if (body.length == 0) return false;
  const s = body[0];
  if (s.kind != A.NodeKind.ExprStmt) return false;
  return isStrConst((<A.ExprStmt>s).value);
}

// ---------------------------------------------------------------- limits (ast_opt.c)

const MAX_INT_SIZE: i32 = 128; // bits
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

function checkComplexity(v: ConstValue, limit: i64): i64 {
  if (v.tag == ConstTag.Tuple || v.tag == ConstTag.FrozenSet) {
    const items = v.items!;
    let l = limit - items.length;
    for (let i = 0; l >= 0 && i < items.length; i++) l = checkComplexity(items[i], l);
    return l;
  }
  return limit;
}

// Python str length in code points.
function strLen(s: string): i32 {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function codePoints(s: string): Array<string> {
  const out = new Array<string>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(s.substring(i, i + 2));
        i++;
        continue;
      }
    }
    out.push(s.charAt(i));
  }
  return out;
}

function seqLen(v: ConstValue): i64 {
  if (v.tag == ConstTag.Str) return strLen(v.text);
  if (v.tag == ConstTag.Bytes) return v.bytes!.length;
  return v.items!.length;
}

// ---------------------------------------------------------------- numeric helpers

function isNum(v: ConstValue): bool {
  return isIntLike(v) || v.tag == ConstTag.Float || v.tag == ConstTag.Complex;
}

// float(v); NaN-free OverflowError is signalled by `ok = false`.
class F64Box {
  ok: bool = true;
  v: f64 = 0;
}

function toF64(v: ConstValue, box: F64Box): f64 {
  if (v.tag == ConstTag.Float) return v.num;
  const x = longOf(v).toF64();
  if (!isFinite(x)) box.ok = false;
  return x;
}

function copysign(x: f64, y: f64): f64 {
  return Math.abs(x) * (y < 0 || (y == 0 && 1.0 / y < 0) ? -1.0 : 1.0);
}

function isOddInteger(x: f64): bool {
  return Math.abs(x % 2.0) == 1.0;
}

// Python's float ** float; null when CPython raises or answers with a complex.
function floatPow(iv: f64, iw: f64): ConstValue | null {
  if (iw == 0) return makeFloat(1.0);
  if (isNaN(iv)) return makeFloat(iv);
  if (isNaN(iw)) return makeFloat(iv == 1.0 ? 1.0 : iw);
  if (!isFinite(iw)) {
    const av = Math.abs(iv);
    if (av == 1.0) return makeFloat(1.0);
    if ((av > 1.0) == (iw > 0)) return makeFloat(Math.abs(iw));
    return makeFloat(0.0);
  }
  if (!isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return makeFloat(odd ? iv : Math.abs(iv));
    return makeFloat(odd ? copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0) return null;
    return makeFloat(isOddInteger(iw) ? iv : 0.0);
  }
  let base = iv;
  let negate = false;
  if (iv < 0.0) {
    if (iw != Math.floor(iw)) return complexPow(iv, 0.0, iw, 0.0);
    base = -iv;
    negate = isOddInteger(iw);
  }
  if (base == 1.0) return makeFloat(negate ? -1.0 : 1.0);
  let r = Math.pow(base, iw);
  if (!isFinite(r)) return null;
  return makeFloat(negate ? -r : r);
}

function cProdRe(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  return ar * br - ai * bi;
}

function cProdIm(ar: f64, ai: f64, br: f64, bi: f64): f64 {
  return ar * bi + ai * br;
}

// _Py_c_quot; null on division by zero.
function complexDiv(ar: f64, ai: f64, br: f64, bi: f64): ConstValue | null {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr == 0.0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return makeComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  } else if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return makeComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return makeComplex(NaN, NaN);
}

function complexPow(ar: f64, ai: f64, br: f64, bi: f64): ConstValue | null {
  let rr: f64;
  let ri: f64;
  const n = <i64>br;
  if (bi == 0.0 && br == <f64>n && n >= -100 && n <= 100) {
    // c_powi: repeated squaring, reciprocal for negative exponents
    let m = n < 0 ? -n : n;
    let xr = 1.0;
    let xi = 0.0;
    let pr = ar;
    let pi = ai;
    let mask: i64 = 1;
    while (mask > 0 && m >= mask) {
      if (m & mask) {
        const t = cProdRe(xr, xi, pr, pi);
        xi = cProdIm(xr, xi, pr, pi);
        xr = t;
      }
      mask <<= 1;
      const t2 = cProdRe(pr, pi, pr, pi);
      pi = cProdIm(pr, pi, pr, pi);
      pr = t2;
    }
    if (n < 0) return complexDiv(1.0, 0.0, xr, xi);
    rr = xr;
    ri = xi;
  } else if (br == 0.0 && bi == 0.0) {
    rr = 1.0;
    ri = 0.0;
  } else if (ar == 0.0 && ai == 0.0) {
    if (bi != 0.0 || br < 0.0) return null;
    rr = 0.0;
    ri = 0.0;
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = Math.pow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi != 0.0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    rr = len * Math.cos(phase);
    ri = len * Math.sin(phase);
  }
  if (!isFinite(rr) || !isFinite(ri)) return null;
  return makeComplex(rr, ri);
}

// int / int as CPython's long_true_divide; no fold when it would raise.
function intTrueDivide(a: BigNum, b: BigNum): ConstValue | null {
  if (b.isZero()) return null;
  const x = BigNum.trueDiv(a, b);
  if (!isFinite(x)) return null;
  return makeFloat(x);
}

function floatFloorDiv(vx: f64, wx: f64, wantMod: bool): ConstValue | null {
  if (wx == 0.0) return null;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, wx);
  }
  if (wantMod) return makeFloat(mod);
  let floordiv: f64;
  if (div != 0.0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, vx / wx);
  }
  return makeFloat(floordiv);
}

function numericBinary(op: BinOp, a: ConstValue, b: ConstValue): ConstValue | null {
  if (isIntLike(a) && isIntLike(b)) {
    const x = longOf(a);
    const y = longOf(b);
    switch (op) {
      case BinOp.ADD:
        return makeLong(BigNum.add(x, y));
      case BinOp.SUBTRACT:
        return makeLong(BigNum.sub(x, y));
      case BinOp.MULTIPLY:
        return makeLong(BigNum.mul(x, y));
      case BinOp.TRUE_DIVIDE:
        return intTrueDivide(x, y);
      case BinOp.FLOOR_DIVIDE: {
        if (y.isZero()) return null;
        return makeLong(BigNum.floorDiv(x, y));
      }
      case BinOp.REMAINDER: {
        if (y.isZero()) return null;
        return makeLong(BigNum.floorMod(x, y));
      }
      case BinOp.POWER: {
        if (y.isNeg()) {
          const box = new F64Box();
          const fx = toF64(a, box);
          const fy = toF64(b, box);
          if (!box.ok) return null;
          return floatPow(fx, fy);
        }
        if (!y.fitsI64() || y.toI64() > 0x7fffffff) return null;
        return makeLong(BigNum.pow(x, <u64>y.toI64()));
      }
      case BinOp.LSHIFT: {
        if (y.isNeg()) return null;
        if (x.isZero()) return makeInt(0);
        if (!y.fitsI64() || y.toI64() > 0x7fffffff) return null;
        return makeLong(BigNum.shl(x, <u64>y.toI64()));
      }
      case BinOp.RSHIFT: {
        if (y.isNeg()) return null;
        if (!y.fitsI64() || y.toI64() > 0x7fffffff) return x.isNeg() ? makeInt(-1) : makeInt(0);
        return makeLong(BigNum.shr(x, <u64>y.toI64()));
      }
      case BinOp.AND:
      case BinOp.OR:
      case BinOp.XOR: {
        const r = op == BinOp.AND ? BigNum.and(x, y) : op == BinOp.OR ? BigNum.or(x, y) : BigNum.xor(x, y);
        if (a.tag != ConstTag.Int && b.tag != ConstTag.Int) return makeBool(!r.isZero());
        return makeLong(r);
      }
    }
    return null;
  }
  if (a.tag == ConstTag.Complex || b.tag == ConstTag.Complex) {
    const box = new F64Box();
    const ar = a.tag == ConstTag.Complex ? a.re : toF64(a, box);
    const ai = a.tag == ConstTag.Complex ? a.num : 0.0;
    const br = b.tag == ConstTag.Complex ? b.re : toF64(b, box);
    const bi = b.tag == ConstTag.Complex ? b.num : 0.0;
    if (!box.ok) return null;
    switch (op) {
      case BinOp.ADD:
        return makeComplex(ar + br, ai + bi);
      case BinOp.SUBTRACT:
        return makeComplex(ar - br, ai - bi);
      case BinOp.MULTIPLY:
        return makeComplex(cProdRe(ar, ai, br, bi), cProdIm(ar, ai, br, bi));
      case BinOp.TRUE_DIVIDE:
        return complexDiv(ar, ai, br, bi);
      case BinOp.POWER:
        return complexPow(ar, ai, br, bi);
    }
    return null;
  }
  // float arithmetic (at least one float)
  const box = new F64Box();
  const x = toF64(a, box);
  const y = toF64(b, box);
  if (!box.ok) return null;
  switch (op) {
    case BinOp.ADD:
      return makeFloat(x + y);
    case BinOp.SUBTRACT:
      return makeFloat(x - y);
    case BinOp.MULTIPLY:
      return makeFloat(x * y);
    case BinOp.TRUE_DIVIDE:
      return y == 0.0 ? null : makeFloat(x / y);
    case BinOp.FLOOR_DIVIDE:
      return floatFloorDiv(x, y, false);
    case BinOp.REMAINDER:
      return floatFloorDiv(x, y, true);
    case BinOp.POWER:
      return floatPow(x, y);
  }
  return null;
}

function repeatSeq(v: ConstValue, n: i64): ConstValue {
  const count = n < 0 ? 0 : n;
  if (v.tag == ConstTag.Str) return makeStr(v.text.repeat(<i32>count));
  if (v.tag == ConstTag.Bytes) {
    const out = new Array<u8>();
    const src = v.bytes!;
    for (let i: i64 = 0; i < count; i++) for (let j = 0; j < src.length; j++) out.push(src[j]);
    return makeBytes(out);
  }
  const items = new Array<ConstValue>();
  const src = v.items!;
  for (let i: i64 = 0; i < count; i++) for (let j = 0; j < src.length; j++) items.push(src[j]);
  return makeTuple(items);
}

function isSeq(v: ConstValue): bool {
  return v.tag == ConstTag.Str || v.tag == ConstTag.Bytes || v.tag == ConstTag.Tuple;
}

// safe_multiply for a sequence and an int count.
function safeRepeat(seq: ConstValue, count: ConstValue): ConstValue | null {
  const size = seqLen(seq);
  const n = longOf(count);
  if (!n.fitsI64()) return null;
  const k = n.toI64();
  if (size != 0) {
    if (seq.tag == ConstTag.Tuple) {
      if (k < 0 || k > MAX_COLLECTION_SIZE / size) return null;
      if (k != 0 && checkComplexity(seq, MAX_TOTAL_ITEMS / k) < 0) return null;
    } else {
      if (k < 0 || k > MAX_STR_SIZE / size) return null;
    }
  }
  return repeatSeq(seq, k);
}

export function foldBinary(op: BinOp, a: ConstValue, b: ConstValue): ConstValue | null {
  switch (op) {
    case BinOp.ADD:
      if (a.tag == ConstTag.Str && b.tag == ConstTag.Str) return makeStr(a.text + b.text);
      if (a.tag == ConstTag.Bytes && b.tag == ConstTag.Bytes) return makeBytes(a.bytes!.concat(b.bytes!));
      if (a.tag == ConstTag.Tuple && b.tag == ConstTag.Tuple) return makeTuple(a.items!.concat(b.items!));
      break;
    case BinOp.MULTIPLY:
      if (isIntLike(a) && isIntLike(b)) {
        const x = longOf(a);
        const y = longOf(b);
        if (!x.isZero() && !y.isZero() && <i64>(x.bitLength() + y.bitLength()) > <i64>MAX_INT_SIZE) return null;
      } else if (isIntLike(a) && isSeq(b)) {
        return safeRepeat(b, a);
      } else if (isIntLike(b) && isSeq(a)) {
        return safeRepeat(a, b);
      }
      break;
    case BinOp.REMAINDER:
      if (a.tag == ConstTag.Str || a.tag == ConstTag.Bytes) return null;
      break;
    case BinOp.POWER:
      if (isIntLike(a) && isIntLike(b)) {
        const x = longOf(a);
        const y = longOf(b);
        if (!x.isZero() && !y.isNeg() && !y.isZero()) {
          if (!y.fitsI64()) return null;
          const w = y.toI64();
          if (<i64>x.bitLength() > <i64>MAX_INT_SIZE / w) return null;
        }
      }
      break;
    case BinOp.LSHIFT:
      if (isIntLike(a) && isIntLike(b)) {
        const x = longOf(a);
        const y = longOf(b);
        if (!x.isZero() && !y.isZero()) {
          if (y.isNeg() || !y.fitsI64()) return null;
          const w = y.toI64();
          if (w > MAX_INT_SIZE || <i64>x.bitLength() > <i64>(MAX_INT_SIZE - <i32>w)) return null;
        }
      }
      break;
    case BinOp.MATRIX_MULTIPLY:
      return null;
  }
  if (isNum(a) && isNum(b)) return numericBinary(op, a, b);
  return null;
}

export function foldUnary(op: UnaryOp, v: ConstValue): ConstValue | null {
  switch (op) {
    case UnaryOp.NOT:
      return makeBool(!constIsTrue(v));
    case UnaryOp.INVERT:
      if (isIntLike(v)) return makeLong(BigNum.not(longOf(v)));
      return null;
    case UnaryOp.UADD:
      if (isIntLike(v)) return makeLong(longOf(v));
      if (v.tag == ConstTag.Float || v.tag == ConstTag.Complex) return v;
      return null;
    case UnaryOp.USUB:
      if (isIntLike(v)) return makeLong(BigNum.neg(longOf(v)));
      if (v.tag == ConstTag.Float) return makeFloat(-v.num);
      if (v.tag == ConstTag.Complex) return makeComplex(-v.re, -v.num);
      return null;
  }
  return null;
}

function foldSubscript(container: ConstValue, index: ConstValue): ConstValue | null {
  if (!isIntLike(index)) return null;
  const n = longOf(index);
  if (!n.fitsI64()) return null;
  let i = n.toI64();
  if (container.tag == ConstTag.Str) {
    const cps = codePoints(container.text);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) return null;
    return makeStr(cps[<i32>i]);
  }
  if (container.tag == ConstTag.Bytes) {
    const b = container.bytes!;
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) return null;
    return makeInt(<i64>b[<i32>i]);
  }
  if (container.tag == ConstTag.Tuple) {
    const items = container.items!;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) return null;
    return items[<i32>i];
  }
  return null;
}

// ---------------------------------------------------------------- "%" formatting (optimize_format)

const F_LJUST: i32 = 1;

class FormatCursor {
  pos: i32 = 0;
}

function parseLiteral(fmt: Array<string>, cur: FormatCursor): ValueConstant | null {
  const start = cur.pos;
  let pos = cur.pos;
  let hasPercents = false;
  while (pos < fmt.length) {
    if (fmt[pos] != "%") pos++;
    else if (pos + 1 < fmt.length && fmt[pos + 1] == "%") {
      hasPercents = true;
      pos += 2;
    } else break;
  }
  cur.pos = pos;
  if (pos == start) return null;
  let s = "";
  for (let i = start; i < pos; i++) {
    if (hasPercents && fmt[i] == "%" && i + 1 < pos && fmt[i + 1] == "%") {
      s += "%";
      i++;
    } else {
      s += fmt[i];
    }
  }
  return makeConstNode(makeStr(s), -1, -1, -1, -1);
}

function isDigit(ch: string): bool {
  return ch.length == 1 && ch.charCodeAt(0) >= 48 && ch.charCodeAt(0) <= 57;
}

// simple_format_arg_parse + parse_format; null when the unit is unsupported.
function parseFormat(fmt: Array<string>, cur: FormatCursor, arg: A.Node): A.Node | null {
  let pos = cur.pos;
  const len = fmt.length;
  let flags = 0;
  let width = -1;
  let prec = -1;
  let ch = "";
  if (pos >= len) return null;
  ch = fmt[pos++];
  while (true) {
    if (ch == "-") flags |= F_LJUST;
    else if (ch == "+" || ch == " " || ch == "#" || ch == "0") {
      // other flags are accepted and ignored for %s/%r/%a
    } else break;
    if (pos >= len) return null;
    ch = fmt[pos++];
  }
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (pos >= len) return null;
      ch = fmt[pos++];
      if (++digits >= 3) return null;
    }
  }
  if (ch == ".") {
    if (pos >= len) return null;
    ch = fmt[pos++];
    prec = 0;
    if (isDigit(ch)) {
      let digits = 0;
      while (isDigit(ch)) {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (pos >= len) return null;
        ch = fmt[pos++];
        if (++digits >= 3) return null;
      }
    }
  }
  cur.pos = pos;
  if (ch != "s" && ch != "r" && ch != "a") return null;
  let spec = "";
  if ((flags & F_LJUST) == 0 && width > 0) spec += ">";
  if (width >= 0) spec += width.toString();
  if (prec >= 0) spec += "." + prec.toString();
  const fv = new A.FormattedValue(A.NodeKind.FormattedValue, arg.line, arg.col, arg.endLine, arg.endCol);
  fv.value = arg;
  fv.conversion = ch.charCodeAt(0);
  if (spec.length > 0) {
    const js = new A.JoinedStr(A.NodeKind.JoinedStr, -1, -1, -1, -1);
    js.values.push(makeConstNode(makeStr(spec), -1, -1, -1, -1));
    // CPython passes the spec as a bare Constant; a one-piece JoinedStr compiles the same.
    fv.formatSpec = js;
  }
  return fv;
}

function optimizeFormat(node: A.BinOpNode, fmtText: string, elts: Array<A.Node>): A.Node {
  const fmt = codePoints(fmtText);
  const cur = new FormatCursor();
  let cnt = 0;
  const seq = new Array<A.Node>();
  while (true) {
    const lit = parseLiteral(fmt, cur);
    if (lit !== null) seq.push(lit);
    if (cur.pos >= fmt.length) break;
    if (cnt >= elts.length) return node;
    cur.pos++;
    const e = parseFormat(fmt, cur, elts[cnt]);
    cnt++;
    if (e === null) return node;
    seq.push(e);
  }
  if (cnt < elts.length) return node;
  const js = new A.JoinedStr(A.NodeKind.JoinedStr, node.line, node.col, node.endLine, node.endCol);
  js.values = seq;
  return js;
}

// ---------------------------------------------------------------- the walk

// CPython's C_RECURSION_LIMIT: nesting deeper than this is a RecursionError ("maximum
// recursion depth exceeded during compilation") instead of a stack overflow.
export const MAX_AST_DEPTH: i32 = 3000;

export class AstOptimizer {
  depth: i32 = 0;
  tooDeep: bool = false;

  constructor(public optimize: i32, public futureAnnotations: bool) {}

  stmt(s: A.Node): void {
    if (++this.depth > MAX_AST_DEPTH) this.tooDeep = true;
    else this.stmtInner(s);
    this.depth--;
  }

  pattern(p: A.Node): void {
    if (++this.depth > MAX_AST_DEPTH) this.tooDeep = true;
    else this.patternInner(p);
    this.depth--;
  }

  expr(e: A.Node): A.Node {
    let r = e;
    if (++this.depth > MAX_AST_DEPTH) this.tooDeep = true;
    else r = this.exprInner(e);
    this.depth--;
    return r;
  }

  body(stmts: Array<A.Node>): void {
    const docstring = hasDocString(stmts);
    for (let i = 0; i < stmts.length; i++) this.stmt(stmts[i]);
    if (!docstring && hasDocString(stmts)) {
      // A folded string that was not a docstring must not become one.
      const st = <A.ExprStmt>stmts[0];
      const js = new A.JoinedStr(A.NodeKind.JoinedStr, st.line, st.col, st.endLine, st.endCol);
      js.values.push(st.value);
      st.value = js;
    }
  }

  stmts(list: Array<A.Node>): void {
    for (let i = 0; i < list.length; i++) this.stmt(list[i]);
  }

  exprs(list: Array<A.Node>): void {
    for (let i = 0; i < list.length; i++) list[i] = this.expr(list[i]);
  }

  optExprs(list: Array<A.Node | null>): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e !== null) list[i] = this.expr(e);
    }
  }

  opt(e: A.Node | null): A.Node | null {
    return e === null ? null : this.expr(e);
  }

  module(mod: A.Node): void {
    if (mod.kind == A.NodeKind.Module) this.body((<A.ModuleNode>mod).body);
    else if (mod.kind == A.NodeKind.Interactive) this.stmts((<A.ModuleNode>mod).body);
    else if (mod.kind == A.NodeKind.Expression) {
      const m = <A.ExpressionNode>mod;
      m.body = this.expr(m.body);
    }
  }

  arguments(a: A.Arguments): void {
    this.argList(a.posonly);
    this.argList(a.args);
    if (a.vararg !== null) this.arg(a.vararg!);
    this.argList(a.kwonly);
    this.optExprs(a.kwDefaults);
    if (a.kwarg !== null) this.arg(a.kwarg!);
    this.exprs(a.defaults);
  }

  argList(list: Array<A.Arg>): void {
    for (let i = 0; i < list.length; i++) this.arg(list[i]);
  }

  arg(a: A.Arg): void {
    if (!this.futureAnnotations && a.annotation !== null) a.annotation = this.expr(a.annotation!);
  }

  keywords(list: Array<A.Keyword>): void {
    for (let i = 0; i < list.length; i++) list[i].value = this.expr(list[i].value);
  }

  comprehensions(list: Array<A.Comprehension>): void {
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      c.target = this.expr(c.target);
      c.iter = this.expr(c.iter);
      this.exprs(c.ifs);
      c.iter = this.foldIter(c.iter);
    }
  }

  private stmtInner(s: A.Node): void {
    switch (s.kind) {
      case A.NodeKind.FunctionDef: {
        const f = <A.FunctionDef>s;
        this.arguments(f.args);
        this.body(f.body);
        this.exprs(f.decorators);
        if (!this.futureAnnotations) f.returns = this.opt(f.returns);
        break;
      }
      case A.NodeKind.ClassDef: {
        const c = <A.ClassDef>s;
        this.exprs(c.bases);
        this.keywords(c.keywords);
        this.body(c.body);
        this.exprs(c.decorators);
        break;
      }
      case A.NodeKind.Return: {
        const r = <A.Return>s;
        r.value = this.opt(r.value);
        break;
      }
      case A.NodeKind.Delete:
        this.exprs((<A.Delete>s).targets);
        break;
      case A.NodeKind.Assign: {
        const a = <A.Assign>s;
        this.exprs(a.targets);
        a.value = this.expr(a.value);
        break;
      }
      case A.NodeKind.AugAssign: {
        const a = <A.AugAssign>s;
        a.target = this.expr(a.target);
        a.value = this.expr(a.value);
        break;
      }
      case A.NodeKind.AnnAssign: {
        const a = <A.AnnAssign>s;
        a.target = this.expr(a.target);
        if (!this.futureAnnotations) a.annotation = this.expr(a.annotation);
        a.value = this.opt(a.value);
        break;
      }
      case A.NodeKind.For: {
        const f = <A.For>s;
        f.target = this.expr(f.target);
        f.iter = this.expr(f.iter);
        this.stmts(f.body);
        this.stmts(f.orelse);
        if (!f.isAsync) f.iter = this.foldIter(f.iter);
        break;
      }
      case A.NodeKind.While: {
        const w = <A.While>s;
        w.test = this.expr(w.test);
        this.stmts(w.body);
        this.stmts(w.orelse);
        break;
      }
      case A.NodeKind.If: {
        const i = <A.If>s;
        i.test = this.expr(i.test);
        this.stmts(i.body);
        this.stmts(i.orelse);
        break;
      }
      case A.NodeKind.With: {
        const w = <A.With>s;
        for (let i = 0; i < w.items.length; i++) {
          const it = w.items[i];
          it.contextExpr = this.expr(it.contextExpr);
          it.optionalVars = this.opt(it.optionalVars);
        }
        this.stmts(w.body);
        break;
      }
      case A.NodeKind.Raise: {
        const r = <A.Raise>s;
        r.exc = this.opt(r.exc);
        r.cause = this.opt(r.cause);
        break;
      }
      case A.NodeKind.Try:
      case A.NodeKind.TryStar: {
        const t = <A.Try>s;
        this.stmts(t.body);
        for (let i = 0; i < t.handlers.length; i++) {
          const h = t.handlers[i];
          h.type = this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(t.orelse);
        this.stmts(t.finalbody);
        break;
      }
      case A.NodeKind.Assert: {
        const a = <A.Assert>s;
        a.test = this.expr(a.test);
        a.msg = this.opt(a.msg);
        break;
      }
      case A.NodeKind.ExprStmt: {
        const e = <A.ExprStmt>s;
        e.value = this.expr(e.value);
        break;
      }
      case A.NodeKind.Match: {
        const m = <A.Match>s;
        m.subject = this.expr(m.subject);
        for (let i = 0; i < m.cases.length; i++) {
          const c = m.cases[i];
          this.pattern(c.pattern);
          c.guard = this.opt(c.guard);
          this.stmts(c.body);
        }
        break;
      }
      default:
        break;
    }
  }

  private patternInner(p: A.Node): void {
    switch (p.kind) {
      case A.NodeKind.MatchValue: {
        const m = <A.MatchValue>p;
        m.value = this.expr(m.value);
        break;
      }
      case A.NodeKind.MatchSequence: {
        const m = <A.MatchSequence>p;
        for (let i = 0; i < m.patterns.length; i++) this.pattern(m.patterns[i]);
        break;
      }
      case A.NodeKind.MatchMapping: {
        const m = <A.MatchMapping>p;
        this.exprs(m.keys);
        for (let i = 0; i < m.patterns.length; i++) this.pattern(m.patterns[i]);
        break;
      }
      case A.NodeKind.MatchClass: {
        const m = <A.MatchClass>p;
        m.cls = this.expr(m.cls);
        for (let i = 0; i < m.patterns.length; i++) this.pattern(m.patterns[i]);
        for (let i = 0; i < m.kwdPatterns.length; i++) this.pattern(m.kwdPatterns[i]);
        break;
      }
      case A.NodeKind.MatchAs: {
        const m = <A.MatchAs>p;
        if (m.pattern !== null) this.pattern(m.pattern!);
        break;
      }
      case A.NodeKind.MatchOr: {
        const m = <A.MatchOr>p;
        for (let i = 0; i < m.patterns.length; i++) this.pattern(m.patterns[i]);
        break;
      }
      default:
        break;
    }
  }

  private exprInner(e: A.Node): A.Node {
    switch (e.kind) {
      case A.NodeKind.BoolOp:
        this.exprs((<A.BoolOpNode>e).values);
        return e;
      case A.NodeKind.BinOp: {
        const b = <A.BinOpNode>e;
        b.left = this.expr(b.left);
        b.right = this.expr(b.right);
        return this.foldBinOp(b);
      }
      case A.NodeKind.UnaryOp: {
        const u = <A.UnaryOpNode>e;
        u.operand = this.expr(u.operand);
        return this.foldUnaryOp(u);
      }
      case A.NodeKind.Lambda: {
        const l = <A.Lambda>e;
        this.arguments(l.args);
        l.body = this.expr(l.body);
        return e;
      }
      case A.NodeKind.IfExp: {
        const i = <A.IfExp>e;
        i.test = this.expr(i.test);
        i.body = this.expr(i.body);
        i.orelse = this.expr(i.orelse);
        return e;
      }
      case A.NodeKind.Dict: {
        const d = <A.DictNode>e;
        this.optExprs(d.keys);
        this.exprs(d.values);
        return e;
      }
      case A.NodeKind.Set:
        this.exprs((<A.Sequence>e).elts);
        return e;
      case A.NodeKind.ListComp:
      case A.NodeKind.SetComp:
      case A.NodeKind.GeneratorExp: {
        const c = <A.Comp>e;
        c.elt = this.expr(c.elt);
        this.comprehensions(c.generators);
        return e;
      }
      case A.NodeKind.DictComp: {
        const c = <A.DictComp>e;
        c.key = this.expr(c.key);
        c.value = this.expr(c.value);
        this.comprehensions(c.generators);
        return e;
      }
      case A.NodeKind.Await:
      case A.NodeKind.Yield:
      case A.NodeKind.YieldFrom: {
        const v = <A.ValueExpr>e;
        v.value = this.opt(v.value);
        return e;
      }
      case A.NodeKind.Compare: {
        const c = <A.Compare>e;
        c.left = this.expr(c.left);
        this.exprs(c.comparators);
        const last = c.ops.length - 1;
        if (last >= 0 && (c.ops[last] == CmpOp.IN || c.ops[last] == CmpOp.NOT_IN)) {
          c.comparators[last] = this.foldIter(c.comparators[last]);
        }
        return e;
      }
      case A.NodeKind.Call: {
        const c = <A.Call>e;
        c.func = this.expr(c.func);
        this.exprs(c.args);
        this.keywords(c.keywords);
        return e;
      }
      case A.NodeKind.FormattedValue: {
        const f = <A.FormattedValue>e;
        f.value = this.expr(f.value);
        if (f.formatSpec !== null) this.exprs(f.formatSpec!.values);
        return e;
      }
      case A.NodeKind.JoinedStr:
        this.exprs((<A.JoinedStr>e).values);
        return e;
      case A.NodeKind.Attribute: {
        const a = <A.Attribute>e;
        a.value = this.expr(a.value);
        return e;
      }
      case A.NodeKind.Subscript: {
        const s = <A.Subscript>e;
        s.value = this.expr(s.value);
        s.slice = this.expr(s.slice);
        if (s.ctx == A.Ctx.Load && isConst(s.value) && isConst(s.slice)) {
          const v = foldSubscript(constValueOf(s.value), constValueOf(s.slice));
          if (v !== null) return constAt(v, e);
        }
        return e;
      }
      case A.NodeKind.Starred: {
        const s = <A.Starred>e;
        s.value = this.expr(s.value);
        return e;
      }
      case A.NodeKind.Slice: {
        const s = <A.Slice>e;
        s.lower = this.opt(s.lower);
        s.upper = this.opt(s.upper);
        s.step = this.opt(s.step);
        return e;
      }
      case A.NodeKind.List:
        this.exprs((<A.Sequence>e).elts);
        return e;
      case A.NodeKind.Tuple: {
        const t = <A.Sequence>e;
        this.exprs(t.elts);
        if (t.ctx != A.Ctx.Load) return e;
        const v = constTuple(t.elts);
        return v === null ? e : constAt(v, e);
      }
      case A.NodeKind.Name: {
        const n = <A.Name>e;
        if (n.ctx == A.Ctx.Load && n.id == "__debug__") return constAt(makeBool(this.optimize == 0), e);
        return e;
      }
      case A.NodeKind.NamedExpr: {
        const n = <A.NamedExpr>e;
        n.value = this.expr(n.value);
        return e;
      }
      default:
        return e;
    }
  }

  foldUnaryOp(u: A.UnaryOpNode): A.Node {
    const arg = u.operand;
    if (arg.kind != A.NodeKind.Constant) {
      if (u.op == UnaryOp.NOT && arg.kind == A.NodeKind.Compare) {
        const c = <A.Compare>arg;
        if (c.ops.length == 1) {
          const op = c.ops[0];
          let inv: i32 = -1;
          if (op == CmpOp.IS) inv = CmpOp.IS_NOT;
          else if (op == CmpOp.IS_NOT) inv = CmpOp.IS;
          else if (op == CmpOp.IN) inv = CmpOp.NOT_IN;
          else if (op == CmpOp.NOT_IN) inv = CmpOp.IN;
          if (inv >= 0) {
            c.ops[0] = <CmpOp>inv;
            // COPY_NODE: the comparison (with its own positions) replaces the `not`
            return c;
          }
        }
      }
      return u;
    }
    const v = foldUnary(u.op, constValueOf(arg));
    return v === null ? u : constAt(v, u);
  }

  foldBinOp(b: A.BinOpNode): A.Node {
    const lhs = b.left;
    const rhs = b.right;
    if (lhs.kind != A.NodeKind.Constant) return b;
    const lv = constValueOf(lhs);
    if (b.op == BinOp.REMAINDER && rhs.kind == A.NodeKind.Tuple && lv.tag == ConstTag.Str) {
      const elts = (<A.Sequence>rhs).elts;
      if (!hasStarred(elts)) return optimizeFormat(b, lv.text, elts);
    }
    if (rhs.kind != A.NodeKind.Constant) return b;
    const v = foldBinary(b.op, lv, constValueOf(rhs));
    return v === null ? b : constAt(v, b);
  }

  // fold_iter: a list display becomes a tuple (a constant one when possible), a set of
  // constants a frozenset.
  foldIter(arg: A.Node): A.Node {
    if (arg.kind == A.NodeKind.List) {
      const l = <A.Sequence>arg;
      if (hasStarred(l.elts)) return arg;
      l.kind = A.NodeKind.Tuple;
      const v = constTuple(l.elts);
      return v === null ? arg : constAt(v, arg);
    }
    if (arg.kind == A.NodeKind.Set) {
      const s = <A.Sequence>arg;
      const v = constTuple(s.elts);
      if (v === null) return arg;
      return constAt(makeFrozenSet(v.items!), arg);
    }
    return arg;
  }
}

function hasStarred(elts: Array<A.Node>): bool {
  for (let i = 0; i < elts.length; i++) if (elts[i].kind == A.NodeKind.Starred) return true;
  return false;
}

function constTuple(elts: Array<A.Node>): ConstValue | null {
  for (let i = 0; i < elts.length; i++) if (elts[i].kind != A.NodeKind.Constant) return null;
  const items = new Array<ConstValue>();
  for (let i = 0; i < elts.length; i++) items.push(constValueOf(elts[i]));
  return makeTuple(items);
}
