// Test-only AST printer matching CPython 3.12's ast.dump(tree) (and, with positions,
// ast.dump(tree, include_attributes=True)), so parser output can be compared with
// CPython's recorded dumps as plain text.
// Numbers are emitted as markers "\u0001<kind>:<text>\u0001" (kind I = int with base,
// F = float, J = imaginary) that the TypeScript side replaces with Python's repr; the
// host has exact big-int and shortest-float formatting, AssemblyScript does not.
import {
  Node,
  NodeKind,
  Ctx,
  ConstKind,
  ModuleNode,
  ExpressionNode,
  Arg,
  Arguments,
  Keyword,
  Comprehension,
  ExceptHandler,
  WithItem,
  MatchCase,
  Alias,
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  Match,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  NameList,
  ExprStmt,
  BoolOpNode,
  NamedExpr,
  BinOpNode,
  UnaryOpNode,
  Lambda,
  IfExp,
  DictNode,
  Sequence,
  Comp,
  DictComp,
  ValueExpr,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  Slice,
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr,
} from "../../assembly/parser/ast";
import { BinOp, CmpOp, UnaryOp, BoolOpKind } from "../../assembly/common/operators";
import { isPrintable } from "../../assembly/lexer/chars";

const HEX = "0123456789abcdef";

function hexByte(b: i32): string {
  return HEX.charAt((b >> 4) & 15) + HEX.charAt(b & 15);
}

// repr(str)
export function reprStr(s: string): string {
  const hasSingle = s.indexOf("'") >= 0;
  const hasDouble = s.indexOf('"') >= 0;
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const parts = new Array<string>();
  parts.push(String.fromCharCode(quote));
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = <i32>s.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = <i32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (c == quote || c == 0x5c) esc = "\\" + String.fromCharCode(c);
    else if (c == 0x09) esc = "\\t";
    else if (c == 0x0a) esc = "\\n";
    else if (c == 0x0d) esc = "\\r";
    else if (c < 0x20 || c == 0x7f) esc = "\\x" + hexByte(c);
    else if (c >= 0x80 && !isPrintable(c)) {
      if (c <= 0xff) esc = "\\x" + hexByte(c);
      else if (c <= 0xffff) esc = "\\u" + hexByte(c >> 8) + hexByte(c & 0xff);
      else esc = "\\U" + hexByte(c >> 24) + hexByte((c >> 16) & 0xff) + hexByte((c >> 8) & 0xff) + hexByte(c & 0xff);
    }
    if (esc !== null) {
      if (run > 0) parts.push(s.substring(i - run, i));
      run = 0;
      parts.push(esc!);
    } else {
      run += width;
    }
    if (width == 2) i++;
  }
  if (run > 0) parts.push(s.substring(n - run, n));
  parts.push(String.fromCharCode(quote));
  return parts.join("");
}

// repr(bytes)
export function reprBytes(b: Array<u8>): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] == 0x27) hasSingle = true;
    if (b[i] == 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const units = new Array<i32>();
  units.push(0x62);
  units.push(quote);
  for (let i = 0; i < b.length; i++) {
    const c = <i32>b[i];
    if (c == quote || c == 0x5c) {
      units.push(0x5c);
      units.push(c);
    } else if (c == 0x09) {
      units.push(0x5c);
      units.push(0x74);
    } else if (c == 0x0a) {
      units.push(0x5c);
      units.push(0x6e);
    } else if (c == 0x0d) {
      units.push(0x5c);
      units.push(0x72);
    } else if (c < 0x20 || c >= 0x7f) {
      units.push(0x5c);
      units.push(0x78);
      units.push(<i32>HEX.charCodeAt((c >> 4) & 15));
      units.push(<i32>HEX.charCodeAt(c & 15));
    } else {
      units.push(c);
    }
  }
  units.push(quote);
  return String.fromCharCodes(units);
}

function ctxName(c: Ctx): string {
  if (c == Ctx.Store) return "Store()";
  if (c == Ctx.Del) return "Del()";
  return "Load()";
}

function binOpName(op: BinOp): string {
  switch (op) {
    case BinOp.ADD: return "Add()";
    case BinOp.SUBTRACT: return "Sub()";
    case BinOp.MULTIPLY: return "Mult()";
    case BinOp.MATRIX_MULTIPLY: return "MatMult()";
    case BinOp.TRUE_DIVIDE: return "Div()";
    case BinOp.REMAINDER: return "Mod()";
    case BinOp.POWER: return "Pow()";
    case BinOp.LSHIFT: return "LShift()";
    case BinOp.RSHIFT: return "RShift()";
    case BinOp.OR: return "BitOr()";
    case BinOp.XOR: return "BitXor()";
    case BinOp.AND: return "BitAnd()";
    case BinOp.FLOOR_DIVIDE: return "FloorDiv()";
    default: return "?";
  }
}

function unaryOpName(op: UnaryOp): string {
  switch (op) {
    case UnaryOp.INVERT: return "Invert()";
    case UnaryOp.NOT: return "Not()";
    case UnaryOp.UADD: return "UAdd()";
    default: return "USub()";
  }
}

function cmpOpName(op: CmpOp): string {
  switch (op) {
    case CmpOp.EQ: return "Eq()";
    case CmpOp.NE: return "NotEq()";
    case CmpOp.LT: return "Lt()";
    case CmpOp.LE: return "LtE()";
    case CmpOp.GT: return "Gt()";
    case CmpOp.GE: return "GtE()";
    case CmpOp.IS: return "Is()";
    case CmpOp.IS_NOT: return "IsNot()";
    case CmpOp.IN: return "In()";
    default: return "NotIn()";
  }
}

function constKindValue(k: ConstKind): string {
  if (k == ConstKind.True) return "True";
  if (k == ConstKind.False) return "False";
  if (k == ConstKind.Ellipsis) return "Ellipsis";
  return "None";
}

// Streams "Cls(field=value, ...)" text into one array of pieces, joined once at the
// end, so that deep trees print in linear time.
export class AstDumper {
  out: Array<string> = [];
  private first: Array<bool> = [];

  constructor(public positions: bool) {}

  private w(s: string): void {
    this.out.push(s);
  }

  private open(cls: string): void {
    this.w(cls);
    this.w("(");
    this.first.push(true);
  }

  private field(name: string): void {
    const i = this.first.length - 1;
    if (this.first[i]) this.first[i] = false;
    else this.w(", ");
    this.w(name);
    this.w("=");
  }

  private close(line: i32, col: i32, endLine: i32, endCol: i32, withPos: bool): void {
    if (withPos && this.positions) {
      this.field("lineno");
      this.w(line.toString());
      this.field("col_offset");
      this.w(col.toString());
      this.field("end_lineno");
      this.w(endLine.toString());
      this.field("end_col_offset");
      this.w(endCol.toString());
    }
    this.first.pop();
    this.w(")");
  }

  private closeNode(n: Node): void {
    this.close(n.line, n.col, n.endLine, n.endCol, true);
  }

  private closePlain(): void {
    this.close(0, 0, 0, 0, false);
  }

  private f(name: string, text: string): void {
    this.field(name);
    this.w(text);
  }

  private fn(name: string, n: Node): void {
    this.field(name);
    this.dump(n);
  }

  private fl(name: string, items: Array<Node>): void {
    this.field(name);
    this.list(items);
  }

  private list(items: Array<Node>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      this.dump(items[i]);
    }
    this.w("]");
  }

  private optionalList(items: Array<Node | null>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const x = items[i];
      if (x === null) this.w("None");
      else this.dump(x);
    }
    this.w("]");
  }

  private strList(items: Array<string>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      this.w(reprStr(items[i]));
    }
    this.w("]");
  }

  private arg(a: Arg): void {
    this.open("arg");
    this.f("arg", reprStr(a.name));
    if (a.annotation !== null) this.fn("annotation", a.annotation!);
    this.close(a.line, a.col, a.endLine, a.endCol, true);
  }

  private argList(items: Array<Arg>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      this.arg(items[i]);
    }
    this.w("]");
  }

  private arguments(a: Arguments): void {
    this.open("arguments");
    this.field("posonlyargs");
    this.argList(a.posonly);
    this.field("args");
    this.argList(a.args);
    if (a.vararg !== null) {
      this.field("vararg");
      this.arg(a.vararg!);
    }
    this.field("kwonlyargs");
    this.argList(a.kwonly);
    this.field("kw_defaults");
    this.optionalList(a.kwDefaults);
    if (a.kwarg !== null) {
      this.field("kwarg");
      this.arg(a.kwarg!);
    }
    this.fl("defaults", a.defaults);
    this.closePlain();
  }

  private keywords(items: Array<Keyword>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const k = items[i];
      this.open("keyword");
      if (k.arg !== null) this.f("arg", reprStr(k.arg!));
      this.fn("value", k.value);
      this.close(k.line, k.col, k.endLine, k.endCol, true);
    }
    this.w("]");
  }

  private comprehensions(items: Array<Comprehension>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const c = items[i];
      this.open("comprehension");
      this.fn("target", c.target);
      this.fn("iter", c.iter);
      this.fl("ifs", c.ifs);
      this.f("is_async", c.isAsync ? "1" : "0");
      this.closePlain();
    }
    this.w("]");
  }

  private aliases(items: Array<Alias>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const a = items[i];
      this.open("alias");
      this.f("name", reprStr(a.name));
      if (a.asname !== null) this.f("asname", reprStr(a.asname!));
      this.close(a.line, a.col, a.endLine, a.endCol, true);
    }
    this.w("]");
  }

  private handlers(items: Array<ExceptHandler>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const h = items[i];
      this.open("ExceptHandler");
      if (h.type !== null) this.fn("type", h.type!);
      if (h.name !== null) this.f("name", reprStr(h.name!));
      this.fl("body", h.body);
      this.close(h.line, h.col, h.endLine, h.endCol, true);
    }
    this.w("]");
  }

  private withItems(items: Array<WithItem>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const w = items[i];
      this.open("withitem");
      this.fn("context_expr", w.contextExpr);
      if (w.optionalVars !== null) this.fn("optional_vars", w.optionalVars!);
      this.closePlain();
    }
    this.w("]");
  }

  private cases(items: Array<MatchCase>): void {
    this.w("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.w(", ");
      const c = items[i];
      this.open("match_case");
      this.fn("pattern", c.pattern);
      if (c.guard !== null) this.fn("guard", c.guard!);
      this.fl("body", c.body);
      this.closePlain();
    }
    this.w("]");
  }

  private constantValue(c: Constant): string {
    switch (c.constKind) {
      case ConstKind.Int:
        return "\u0001I:" + c.base.toString() + ":" + c.text + "\u0001";
      case ConstKind.Float:
        return "\u0001F:" + c.text + "\u0001";
      case ConstKind.Imag:
        return "\u0001J:" + c.text + "\u0001";
      case ConstKind.Str:
        return reprStr(c.text);
      case ConstKind.Bytes:
        return reprBytes(c.bytes!);
      default:
        return constKindValue(c.constKind);
    }
  }

  private simple(cls: string, n: Node): void {
    this.open(cls);
    this.closeNode(n);
  }

  dump(n: Node): void {
    switch (n.kind) {
      case NodeKind.Module:
        this.open("Module");
        this.fl("body", (<ModuleNode>n).body);
        this.f("type_ignores", "[]");
        this.closePlain();
        return;
      case NodeKind.Interactive:
        this.open("Interactive");
        this.fl("body", (<ModuleNode>n).body);
        this.closePlain();
        return;
      case NodeKind.Expression:
        this.open("Expression");
        this.fn("body", (<ExpressionNode>n).body);
        this.closePlain();
        return;
      case NodeKind.FunctionDef: {
        const d = <FunctionDef>n;
        this.open(d.isAsync ? "AsyncFunctionDef" : "FunctionDef");
        this.f("name", reprStr(d.name));
        this.field("args");
        this.arguments(d.args);
        this.fl("body", d.body);
        this.fl("decorator_list", d.decorators);
        if (d.returns !== null) this.fn("returns", d.returns!);
        this.f("type_params", "[]");
        this.closeNode(n);
        return;
      }
      case NodeKind.ClassDef: {
        const d = <ClassDef>n;
        this.open("ClassDef");
        this.f("name", reprStr(d.name));
        this.fl("bases", d.bases);
        this.field("keywords");
        this.keywords(d.keywords);
        this.fl("body", d.body);
        this.fl("decorator_list", d.decorators);
        this.f("type_params", "[]");
        this.closeNode(n);
        return;
      }
      case NodeKind.Return: {
        this.open("Return");
        const v = (<Return>n).value;
        if (v !== null) this.fn("value", v);
        this.closeNode(n);
        return;
      }
      case NodeKind.Delete:
        this.open("Delete");
        this.fl("targets", (<Delete>n).targets);
        this.closeNode(n);
        return;
      case NodeKind.Assign: {
        const a = <Assign>n;
        this.open("Assign");
        this.fl("targets", a.targets);
        this.fn("value", a.value);
        this.closeNode(n);
        return;
      }
      case NodeKind.AugAssign: {
        const a = <AugAssign>n;
        this.open("AugAssign");
        this.fn("target", a.target);
        this.f("op", binOpName(a.op));
        this.fn("value", a.value);
        this.closeNode(n);
        return;
      }
      case NodeKind.AnnAssign: {
        const a = <AnnAssign>n;
        this.open("AnnAssign");
        this.fn("target", a.target);
        this.fn("annotation", a.annotation);
        if (a.value !== null) this.fn("value", a.value!);
        this.f("simple", a.simple ? "1" : "0");
        this.closeNode(n);
        return;
      }
      case NodeKind.For: {
        const a = <For>n;
        this.open(a.isAsync ? "AsyncFor" : "For");
        this.fn("target", a.target);
        this.fn("iter", a.iter);
        this.fl("body", a.body);
        this.fl("orelse", a.orelse);
        this.closeNode(n);
        return;
      }
      case NodeKind.While: {
        const a = <While>n;
        this.open("While");
        this.fn("test", a.test);
        this.fl("body", a.body);
        this.fl("orelse", a.orelse);
        this.closeNode(n);
        return;
      }
      case NodeKind.If: {
        const a = <If>n;
        this.open("If");
        this.fn("test", a.test);
        this.fl("body", a.body);
        this.fl("orelse", a.orelse);
        this.closeNode(n);
        return;
      }
      case NodeKind.With: {
        const a = <With>n;
        this.open(a.isAsync ? "AsyncWith" : "With");
        this.field("items");
        this.withItems(a.items);
        this.fl("body", a.body);
        this.closeNode(n);
        return;
      }
      case NodeKind.Match: {
        const a = <Match>n;
        this.open("Match");
        this.fn("subject", a.subject);
        this.field("cases");
        this.cases(a.cases);
        this.closeNode(n);
        return;
      }
      case NodeKind.Raise: {
        const a = <Raise>n;
        this.open("Raise");
        if (a.exc !== null) this.fn("exc", a.exc!);
        if (a.cause !== null) this.fn("cause", a.cause!);
        this.closeNode(n);
        return;
      }
      case NodeKind.Try:
      case NodeKind.TryStar: {
        const a = <Try>n;
        this.open(n.kind == NodeKind.Try ? "Try" : "TryStar");
        this.fl("body", a.body);
        this.field("handlers");
        this.handlers(a.handlers);
        this.fl("orelse", a.orelse);
        this.fl("finalbody", a.finalbody);
        this.closeNode(n);
        return;
      }
      case NodeKind.Assert: {
        const a = <Assert>n;
        this.open("Assert");
        this.fn("test", a.test);
        if (a.msg !== null) this.fn("msg", a.msg!);
        this.closeNode(n);
        return;
      }
      case NodeKind.Import:
        this.open("Import");
        this.field("names");
        this.aliases((<Import>n).names);
        this.closeNode(n);
        return;
      case NodeKind.ImportFrom: {
        const a = <ImportFrom>n;
        this.open("ImportFrom");
        if (a.module !== null) this.f("module", reprStr(a.module!));
        this.field("names");
        this.aliases(a.names);
        this.f("level", a.level.toString());
        this.closeNode(n);
        return;
      }
      case NodeKind.Global:
      case NodeKind.Nonlocal:
        this.open(n.kind == NodeKind.Global ? "Global" : "Nonlocal");
        this.field("names");
        this.strList((<NameList>n).names);
        this.closeNode(n);
        return;
      case NodeKind.ExprStmt:
        this.open("Expr");
        this.fn("value", (<ExprStmt>n).value);
        this.closeNode(n);
        return;
      case NodeKind.Pass:
        this.simple("Pass", n);
        return;
      case NodeKind.Break:
        this.simple("Break", n);
        return;
      case NodeKind.Continue:
        this.simple("Continue", n);
        return;
      case NodeKind.BoolOp: {
        const a = <BoolOpNode>n;
        this.open("BoolOp");
        this.f("op", a.op == BoolOpKind.AND ? "And()" : "Or()");
        this.fl("values", a.values);
        this.closeNode(n);
        return;
      }
      case NodeKind.NamedExpr: {
        const a = <NamedExpr>n;
        this.open("NamedExpr");
        this.fn("target", a.target);
        this.fn("value", a.value);
        this.closeNode(n);
        return;
      }
      case NodeKind.BinOp: {
        const a = <BinOpNode>n;
        this.open("BinOp");
        this.fn("left", a.left);
        this.f("op", binOpName(a.op));
        this.fn("right", a.right);
        this.closeNode(n);
        return;
      }
      case NodeKind.UnaryOp: {
        const a = <UnaryOpNode>n;
        this.open("UnaryOp");
        this.f("op", unaryOpName(a.op));
        this.fn("operand", a.operand);
        this.closeNode(n);
        return;
      }
      case NodeKind.Lambda: {
        const a = <Lambda>n;
        this.open("Lambda");
        this.field("args");
        this.arguments(a.args);
        this.fn("body", a.body);
        this.closeNode(n);
        return;
      }
      case NodeKind.IfExp: {
        const a = <IfExp>n;
        this.open("IfExp");
        this.fn("test", a.test);
        this.fn("body", a.body);
        this.fn("orelse", a.orelse);
        this.closeNode(n);
        return;
      }
      case NodeKind.Dict: {
        const a = <DictNode>n;
        this.open("Dict");
        this.field("keys");
        this.optionalList(a.keys);
        this.fl("values", a.values);
        this.closeNode(n);
        return;
      }
      case NodeKind.Set:
        this.open("Set");
        this.fl("elts", (<Sequence>n).elts);
        this.closeNode(n);
        return;
      case NodeKind.ListComp:
      case NodeKind.SetComp:
      case NodeKind.GeneratorExp: {
        const a = <Comp>n;
        this.open(n.kind == NodeKind.ListComp ? "ListComp" : n.kind == NodeKind.SetComp ? "SetComp" : "GeneratorExp");
        this.fn("elt", a.elt);
        this.field("generators");
        this.comprehensions(a.generators);
        this.closeNode(n);
        return;
      }
      case NodeKind.DictComp: {
        const a = <DictComp>n;
        this.open("DictComp");
        this.fn("key", a.key);
        this.fn("value", a.value);
        this.field("generators");
        this.comprehensions(a.generators);
        this.closeNode(n);
        return;
      }
      case NodeKind.Await:
      case NodeKind.Yield:
      case NodeKind.YieldFrom: {
        const a = <ValueExpr>n;
        this.open(n.kind == NodeKind.Await ? "Await" : n.kind == NodeKind.Yield ? "Yield" : "YieldFrom");
        if (a.value !== null) this.fn("value", a.value!);
        this.closeNode(n);
        return;
      }
      case NodeKind.Compare: {
        const a = <Compare>n;
        const ops = new Array<string>();
        for (let i = 0; i < a.ops.length; i++) ops.push(cmpOpName(a.ops[i]));
        this.open("Compare");
        this.fn("left", a.left);
        this.f("ops", "[" + ops.join(", ") + "]");
        this.fl("comparators", a.comparators);
        this.closeNode(n);
        return;
      }
      case NodeKind.Call: {
        const a = <Call>n;
        this.open("Call");
        this.fn("func", a.func);
        this.fl("args", a.args);
        this.field("keywords");
        this.keywords(a.keywords);
        this.closeNode(n);
        return;
      }
      case NodeKind.FormattedValue: {
        const a = <FormattedValue>n;
        this.open("FormattedValue");
        this.fn("value", a.value);
        this.f("conversion", a.conversion.toString());
        if (a.formatSpec !== null) this.fn("format_spec", a.formatSpec!);
        this.closeNode(n);
        return;
      }
      case NodeKind.JoinedStr:
        this.open("JoinedStr");
        this.fl("values", (<JoinedStr>n).values);
        this.closeNode(n);
        return;
      case NodeKind.Constant: {
        const c = <Constant>n;
        this.open("Constant");
        this.f("value", this.constantValue(c));
        if (c.isUnicodePrefixed) this.f("kind", "'u'");
        this.closeNode(n);
        return;
      }
      case NodeKind.Attribute: {
        const a = <Attribute>n;
        this.open("Attribute");
        this.fn("value", a.value);
        this.f("attr", reprStr(a.attr));
        this.f("ctx", ctxName(a.ctx));
        this.closeNode(n);
        return;
      }
      case NodeKind.Subscript: {
        const a = <Subscript>n;
        this.open("Subscript");
        this.fn("value", a.value);
        this.fn("slice", a.slice);
        this.f("ctx", ctxName(a.ctx));
        this.closeNode(n);
        return;
      }
      case NodeKind.Starred: {
        const a = <Starred>n;
        this.open("Starred");
        this.fn("value", a.value);
        this.f("ctx", ctxName(a.ctx));
        this.closeNode(n);
        return;
      }
      case NodeKind.Name: {
        const a = <Name>n;
        this.open("Name");
        this.f("id", reprStr(a.id));
        this.f("ctx", ctxName(a.ctx));
        this.closeNode(n);
        return;
      }
      case NodeKind.List:
      case NodeKind.Tuple: {
        const a = <Sequence>n;
        this.open(n.kind == NodeKind.List ? "List" : "Tuple");
        this.fl("elts", a.elts);
        this.f("ctx", ctxName(a.ctx));
        this.closeNode(n);
        return;
      }
      case NodeKind.Slice: {
        const a = <Slice>n;
        this.open("Slice");
        if (a.lower !== null) this.fn("lower", a.lower!);
        if (a.upper !== null) this.fn("upper", a.upper!);
        if (a.step !== null) this.fn("step", a.step!);
        this.closeNode(n);
        return;
      }
      case NodeKind.MatchValue:
        this.open("MatchValue");
        this.fn("value", (<MatchValue>n).value);
        this.closeNode(n);
        return;
      case NodeKind.MatchSingleton:
        this.open("MatchSingleton");
        this.f("value", constKindValue((<MatchSingleton>n).value));
        this.closeNode(n);
        return;
      case NodeKind.MatchSequence:
        this.open("MatchSequence");
        this.fl("patterns", (<MatchSequence>n).patterns);
        this.closeNode(n);
        return;
      case NodeKind.MatchMapping: {
        const a = <MatchMapping>n;
        this.open("MatchMapping");
        this.fl("keys", a.keys);
        this.fl("patterns", a.patterns);
        if (a.rest !== null) this.f("rest", reprStr(a.rest!));
        this.closeNode(n);
        return;
      }
      case NodeKind.MatchClass: {
        const a = <MatchClass>n;
        this.open("MatchClass");
        this.fn("cls", a.cls);
        this.fl("patterns", a.patterns);
        this.field("kwd_attrs");
        this.strList(a.kwdAttrs);
        this.fl("kwd_patterns", a.kwdPatterns);
        this.closeNode(n);
        return;
      }
      case NodeKind.MatchStar: {
        const a = <MatchStar>n;
        this.open("MatchStar");
        if (a.name !== null) this.f("name", reprStr(a.name!));
        this.closeNode(n);
        return;
      }
      case NodeKind.MatchAs: {
        const a = <MatchAs>n;
        this.open("MatchAs");
        if (a.pattern !== null) this.fn("pattern", a.pattern!);
        if (a.name !== null) this.f("name", reprStr(a.name!));
        this.closeNode(n);
        return;
      }
      case NodeKind.MatchOr:
        this.open("MatchOr");
        this.fl("patterns", (<MatchOr>n).patterns);
        this.closeNode(n);
        return;
      default:
        this.w("<unknown node " + (<i32>n.kind).toString() + ">");
    }
  }
}

export function dumpAst(n: Node, positions: bool): string {
  const d = new AstDumper(positions);
  d.dump(n);
  return d.out.join("");
}
