// Annotation expressions back to source text, for `from __future__ import annotations`
// (PEP 563), as CPython 3.12's Python/ast_unparse.c: the same precedence rules, spacing and
// parentheses, so that __annotations__ strings match CPython's.
// Known approximation: the printability of non-ASCII characters in string constants follows
// a simple rule (isPrintable), not CPython's Unicode tables.
import * as A from "../parser/ast";
import { BinOp, BoolOpKind, CmpOp, UnaryOp } from "../common/operators";
import { ConstTag, ConstValue } from "./unit";
import { intText } from "./consts";
import { constValueOf } from "./astopt";
import { reprFloat } from "../objects/floatfmt";

const PR_TUPLE: i32 = 0;
const PR_TEST: i32 = 1;
const PR_OR: i32 = 2;
const PR_AND: i32 = 3;
const PR_NOT: i32 = 4;
const PR_CMP: i32 = 5;
const PR_EXPR: i32 = 6;
const PR_BOR: i32 = 6;
const PR_BXOR: i32 = 7;
const PR_BAND: i32 = 8;
const PR_SHIFT: i32 = 9;
const PR_ARITH: i32 = 10;
const PR_TERM: i32 = 11;
const PR_FACTOR: i32 = 12;
const PR_POWER: i32 = 13;
const PR_AWAIT: i32 = 14;
const PR_ATOM: i32 = 15;

export function unparseAnnotation(e: A.Node): string {
  const w = new Unparser();
  w.expr(e, PR_TEST);
  return w.out;
}

function hex(n: u32, width: i32): string {
  let s = n.toString(16);
  while (s.length < width) s = "0" + s;
  return s;
}

// Approximation of str.isprintable() for non-ASCII code points.
function isPrintable(c: u32): bool {
  if (c < 0x20 || c == 0x7f) return false;
  if (c < 0x7f) return true;
  if (c < 0xa0) return false;
  if (c == 0xad) return false;
  if (c >= 0xd800 && c < 0xe000) return false;
  if (c >= 0x2028 && c <= 0x202e) return false;
  if (c >= 0x2060 && c <= 0x206f) return false;
  if (c == 0xfeff) return false;
  if (c >= 0xe000 && c < 0xf900) return false;
  if (c >= 0xfff0 && c <= 0xffff) return false;
  return true;
}

export function pyReprStr(s: string): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 39) hasSingle = true;
    else if (c == 34) hasDouble = true;
  }
  const quote: u32 = hasSingle && !hasDouble ? 34 : 39;
  let out = String.fromCharCode(quote);
  for (let i = 0; i < s.length; i++) {
    let c = <u32>s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = <u32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c == quote || c == 92) out += "\\" + String.fromCharCode(c);
    else if (c == 9) out += "\\t";
    else if (c == 10) out += "\\n";
    else if (c == 13) out += "\\r";
    else if (isPrintable(c)) out += String.fromCodePoint(c);
    else if (c < 0x100) out += "\\x" + hex(c, 2);
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out + String.fromCharCode(quote);
}

function pyReprBytes(b: Array<u8>): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] == 39) hasSingle = true;
    else if (b[i] == 34) hasDouble = true;
  }
  const quote: u32 = hasSingle && !hasDouble ? 34 : 39;
  let out = "b" + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = <u32>b[i];
    if (c == quote || c == 92) out += "\\" + String.fromCharCode(c);
    else if (c == 9) out += "\\t";
    else if (c == 10) out += "\\n";
    else if (c == 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

// repr(float); ast_unparse writes infinity as 1e309 so the text reads back as a float.
function pyReprFloat(x: f64): string {
  if (!isFinite(x) && !isNaN(x)) return x > 0 ? "1e309" : "-1e309";
  return reprFloat(x);
}

// repr() of a constant, as error messages and annotation strings show it.
export function reprConst(v: ConstValue): string {
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
      return pyReprFloat(v.num);
    case ConstTag.Complex: {
      const im = pyReprFloat(v.num);
      const imText = im.endsWith(".0") ? im.substring(0, im.length - 2) : im;
      if (v.re == 0.0 && 1.0 / v.re > 0) return imText + "j";
      const re = pyReprFloat(v.re);
      const reText = re.endsWith(".0") ? re.substring(0, re.length - 2) : re;
      return "(" + reText + (v.num >= 0 || isNaN(v.num) ? "+" : "") + imText + "j)";
    }
    case ConstTag.Str:
      return pyReprStr(v.text);
    case ConstTag.Bytes:
      return pyReprBytes(v.bytes!);
    case ConstTag.Tuple: {
      const items = v.items!;
      let s = "(";
      for (let i = 0; i < items.length; i++) {
        if (i > 0) s += ", ";
        s += reprConst(items[i]);
      }
      if (items.length == 1) s += ",";
      return s + ")";
    }
  }
  return "...";
}

class Unparser {
  out: string = "";

  str(s: string): void {
    this.out += s;
  }

  strIf(cond: bool, s: string): void {
    if (cond) this.out += s;
  }

  expr(e: A.Node, level: i32): void {
    switch (e.kind) {
      case A.NodeKind.BoolOp: {
        const b = <A.BoolOpNode>e;
        const op = b.op == BoolOpKind.AND ? " and " : " or ";
        const pr = b.op == BoolOpKind.AND ? PR_AND : PR_OR;
        this.strIf(level > pr, "(");
        for (let i = 0; i < b.values.length; i++) {
          this.strIf(i > 0, op);
          this.expr(b.values[i], pr + 1);
        }
        this.strIf(level > pr, ")");
        return;
      }
      case A.NodeKind.BinOp: {
        const b = <A.BinOpNode>e;
        let op = "";
        let pr = 0;
        let rassoc = 0;
        switch (b.op) {
          case BinOp.ADD: op = " + "; pr = PR_ARITH; break;
          case BinOp.SUBTRACT: op = " - "; pr = PR_ARITH; break;
          case BinOp.MULTIPLY: op = " * "; pr = PR_TERM; break;
          case BinOp.MATRIX_MULTIPLY: op = " @ "; pr = PR_TERM; break;
          case BinOp.TRUE_DIVIDE: op = " / "; pr = PR_TERM; break;
          case BinOp.REMAINDER: op = " % "; pr = PR_TERM; break;
          case BinOp.LSHIFT: op = " << "; pr = PR_SHIFT; break;
          case BinOp.RSHIFT: op = " >> "; pr = PR_SHIFT; break;
          case BinOp.OR: op = " | "; pr = PR_BOR; break;
          case BinOp.XOR: op = " ^ "; pr = PR_BXOR; break;
          case BinOp.AND: op = " & "; pr = PR_BAND; break;
          case BinOp.FLOOR_DIVIDE: op = " // "; pr = PR_TERM; break;
          case BinOp.POWER: op = " ** "; pr = PR_POWER; rassoc = 1; break;
        }
        this.strIf(level > pr, "(");
        this.expr(b.left, pr + rassoc);
        this.str(op);
        this.expr(b.right, pr + 1 - rassoc);
        this.strIf(level > pr, ")");
        return;
      }
      case A.NodeKind.UnaryOp: {
        const u = <A.UnaryOpNode>e;
        let op = "";
        let pr = PR_FACTOR;
        switch (u.op) {
          case UnaryOp.INVERT: op = "~"; break;
          case UnaryOp.NOT: op = "not "; pr = PR_NOT; break;
          case UnaryOp.UADD: op = "+"; break;
          case UnaryOp.USUB: op = "-"; break;
        }
        this.strIf(level > pr, "(");
        this.str(op);
        this.expr(u.operand, pr);
        this.strIf(level > pr, ")");
        return;
      }
      case A.NodeKind.Lambda: {
        const l = <A.Lambda>e;
        this.strIf(level > PR_TEST, "(");
        const npos = l.args.args.length + l.args.posonly.length;
        this.str(npos > 0 ? "lambda " : "lambda");
        this.args(l.args);
        this.str(": ");
        this.expr(l.body, PR_TEST);
        this.strIf(level > PR_TEST, ")");
        return;
      }
      case A.NodeKind.IfExp: {
        const x = <A.IfExp>e;
        this.strIf(level > PR_TEST, "(");
        this.expr(x.body, PR_TEST + 1);
        this.str(" if ");
        this.expr(x.test, PR_TEST + 1);
        this.str(" else ");
        this.expr(x.orelse, PR_TEST);
        this.strIf(level > PR_TEST, ")");
        return;
      }
      case A.NodeKind.Dict: {
        const d = <A.DictNode>e;
        this.str("{");
        for (let i = 0; i < d.values.length; i++) {
          this.strIf(i > 0, ", ");
          const k = d.keys[i];
          if (k !== null) {
            this.expr(k!, PR_TEST);
            this.str(": ");
            this.expr(d.values[i], PR_TEST);
          } else {
            this.str("**");
            this.expr(d.values[i], PR_EXPR);
          }
        }
        this.str("}");
        return;
      }
      case A.NodeKind.Set:
      case A.NodeKind.List: {
        const s = <A.Sequence>e;
        this.str(e.kind == A.NodeKind.Set ? "{" : "[");
        for (let i = 0; i < s.elts.length; i++) {
          this.strIf(i > 0, ", ");
          this.expr(s.elts[i], PR_TEST);
        }
        this.str(e.kind == A.NodeKind.Set ? "}" : "]");
        return;
      }
      case A.NodeKind.Tuple: {
        const t = <A.Sequence>e;
        if (t.elts.length == 0) {
          this.str("()");
          return;
        }
        this.strIf(level > PR_TUPLE, "(");
        for (let i = 0; i < t.elts.length; i++) {
          this.strIf(i > 0, ", ");
          this.expr(t.elts[i], PR_TEST);
        }
        this.strIf(t.elts.length == 1, ",");
        this.strIf(level > PR_TUPLE, ")");
        return;
      }
      case A.NodeKind.GeneratorExp: {
        const c = <A.Comp>e;
        this.str("(");
        this.expr(c.elt, PR_TEST);
        this.comprehensions(c.generators);
        this.str(")");
        return;
      }
      case A.NodeKind.ListComp:
      case A.NodeKind.SetComp: {
        const c = <A.Comp>e;
        this.str(e.kind == A.NodeKind.ListComp ? "[" : "{");
        this.expr(c.elt, PR_TEST);
        this.comprehensions(c.generators);
        this.str(e.kind == A.NodeKind.ListComp ? "]" : "}");
        return;
      }
      case A.NodeKind.DictComp: {
        const c = <A.DictComp>e;
        this.str("{");
        this.expr(c.key, PR_TEST);
        this.str(": ");
        this.expr(c.value, PR_TEST);
        this.comprehensions(c.generators);
        this.str("}");
        return;
      }
      case A.NodeKind.Yield: {
        const v = (<A.ValueExpr>e).value;
        if (v === null) {
          this.str("(yield)");
          return;
        }
        this.str("(yield ");
        this.expr(v!, PR_TEST);
        this.str(")");
        return;
      }
      case A.NodeKind.YieldFrom:
        this.str("(yield from ");
        this.expr((<A.ValueExpr>e).value!, PR_TEST);
        this.str(")");
        return;
      case A.NodeKind.Await:
        this.strIf(level > PR_AWAIT, "(");
        this.str("await ");
        this.expr((<A.ValueExpr>e).value!, PR_ATOM);
        this.strIf(level > PR_AWAIT, ")");
        return;
      case A.NodeKind.Compare: {
        const c = <A.Compare>e;
        this.strIf(level > PR_CMP, "(");
        this.expr(c.left, PR_CMP + 1);
        for (let i = 0; i < c.comparators.length; i++) {
          this.str(cmpText(c.ops[i]));
          this.expr(c.comparators[i], PR_CMP + 1);
        }
        this.strIf(level > PR_CMP, ")");
        return;
      }
      case A.NodeKind.Call: {
        const c = <A.Call>e;
        this.expr(c.func, PR_ATOM);
        if (c.args.length == 1 && c.keywords.length == 0 && c.args[0].kind == A.NodeKind.GeneratorExp) {
          this.expr(c.args[0], PR_ATOM);
          return;
        }
        this.str("(");
        let first = true;
        for (let i = 0; i < c.args.length; i++) {
          this.strIf(!first, ", ");
          first = false;
          this.expr(c.args[i], PR_TEST);
        }
        for (let i = 0; i < c.keywords.length; i++) {
          this.strIf(!first, ", ");
          first = false;
          const kw = c.keywords[i];
          if (kw.arg === null) this.str("**");
          else this.str(kw.arg! + "=");
          this.expr(kw.value, PR_TEST);
        }
        this.str(")");
        return;
      }
      case A.NodeKind.Constant: {
        const c = <A.Constant>e;
        const v = constValueOf(e);
        if (v.tag == ConstTag.Ellipsis) {
          this.str("...");
          return;
        }
        if (c.isUnicodePrefixed) this.str("u");
        this.str(reprConst(v));
        return;
      }
      case A.NodeKind.JoinedStr:
        this.joinedStr(<A.JoinedStr>e, false);
        return;
      case A.NodeKind.FormattedValue:
        this.formattedValue(<A.FormattedValue>e);
        return;
      case A.NodeKind.Attribute: {
        const a = <A.Attribute>e;
        this.expr(a.value, PR_ATOM);
        const isInt = a.value.kind == A.NodeKind.Constant && constValueOf(a.value).tag == ConstTag.Int;
        this.str(isInt ? " ." : ".");
        this.str(a.attr);
        return;
      }
      case A.NodeKind.Subscript: {
        const s = <A.Subscript>e;
        this.expr(s.value, PR_ATOM);
        this.str("[");
        this.expr(s.slice, PR_TUPLE);
        this.str("]");
        return;
      }
      case A.NodeKind.Starred:
        this.str("*");
        this.expr((<A.Starred>e).value, PR_EXPR);
        return;
      case A.NodeKind.Slice: {
        const s = <A.Slice>e;
        if (s.lower !== null) this.expr(s.lower!, PR_TEST);
        this.str(":");
        if (s.upper !== null) this.expr(s.upper!, PR_TEST);
        if (s.step !== null) {
          this.str(":");
          this.expr(s.step!, PR_TEST);
        }
        return;
      }
      case A.NodeKind.Name:
        this.str((<A.Name>e).id);
        return;
      case A.NodeKind.NamedExpr: {
        const n = <A.NamedExpr>e;
        this.strIf(level > PR_TUPLE, "(");
        this.expr(n.target, PR_ATOM);
        this.str(" := ");
        this.expr(n.value, PR_ATOM);
        this.strIf(level > PR_TUPLE, ")");
        return;
      }
    }
  }

  arg(a: A.Arg): void {
    this.str(a.name);
    if (a.annotation !== null) {
      this.str(": ");
      this.expr(a.annotation!, PR_TEST);
    }
  }

  args(a: A.Arguments): void {
    let first = true;
    const npos = a.posonly.length;
    const nargs = a.args.length;
    const ndef = a.defaults.length;
    for (let i = 0; i < npos + nargs; i++) {
      this.strIf(!first, ", ");
      first = false;
      this.arg(i < npos ? a.posonly[i] : a.args[i - npos]);
      const di = i - npos - nargs + ndef;
      if (di >= 0) {
        this.str("=");
        this.expr(a.defaults[di], PR_TEST);
      }
      if (npos > 0 && i + 1 == npos) this.str(", /");
    }
    if (a.vararg !== null || a.kwonly.length > 0) {
      this.strIf(!first, ", ");
      first = false;
      this.str("*");
      if (a.vararg !== null) this.arg(a.vararg!);
    }
    const nkw = a.kwonly.length;
    const nkwdef = a.kwDefaults.length;
    for (let i = 0; i < nkw; i++) {
      this.strIf(!first, ", ");
      first = false;
      this.arg(a.kwonly[i]);
      const di = i - nkw + nkwdef;
      if (di >= 0) {
        const d = a.kwDefaults[di];
        if (d !== null) {
          this.str("=");
          this.expr(d!, PR_TEST);
        }
      }
    }
    if (a.kwarg !== null) {
      this.strIf(!first, ", ");
      this.str("**");
      this.arg(a.kwarg!);
    }
  }

  comprehensions(gens: Array<A.Comprehension>): void {
    for (let i = 0; i < gens.length; i++) {
      const g = gens[i];
      this.str(g.isAsync ? " async for " : " for ");
      this.expr(g.target, PR_TUPLE);
      this.str(" in ");
      this.expr(g.iter, PR_TEST + 1);
      for (let j = 0; j < g.ifs.length; j++) {
        this.str(" if ");
        this.expr(g.ifs[j], PR_TEST + 1);
      }
    }
  }

  fstringElement(e: A.Node, isFormatSpec: bool): void {
    if (e.kind == A.NodeKind.Constant) {
      this.str(escapeBraces(constValueOf(e).text));
    } else if (e.kind == A.NodeKind.JoinedStr) {
      this.joinedStr(<A.JoinedStr>e, isFormatSpec);
    } else if (e.kind == A.NodeKind.FormattedValue) {
      this.formattedValue(<A.FormattedValue>e);
    }
  }

  joinedStr(e: A.JoinedStr, isFormatSpec: bool): void {
    const body = new Unparser();
    for (let i = 0; i < e.values.length; i++) body.fstringElement(e.values[i], isFormatSpec);
    if (!isFormatSpec) this.str("f" + pyReprStr(body.out));
    else this.str(body.out);
  }

  formattedValue(e: A.FormattedValue): void {
    const inner = new Unparser();
    inner.expr(e.value, PR_TEST + 1);
    const text = inner.out;
    this.str(text.startsWith("{") ? "{ " : "{");
    this.str(text);
    if (e.conversion > 0) this.str("!" + String.fromCharCode(e.conversion));
    if (e.formatSpec !== null) {
      this.str(":");
      this.fstringElement(e.formatSpec!, true);
    }
    this.str("}");
  }
}

function escapeBraces(s: string): string {
  return s.replaceAll("{", "{{").replaceAll("}", "}}");
}

function cmpText(op: CmpOp): string {
  switch (op) {
    case CmpOp.EQ: return " == ";
    case CmpOp.NE: return " != ";
    case CmpOp.LT: return " < ";
    case CmpOp.LE: return " <= ";
    case CmpOp.GT: return " > ";
    case CmpOp.GE: return " >= ";
    case CmpOp.IS: return " is ";
    case CmpOp.IS_NOT: return " is not ";
    case CmpOp.IN: return " in ";
    case CmpOp.NOT_IN: return " not in ";
  }
  return " ? ";
}
