// The abstract syntax tree: the contract between parser/parser.ts and compiler/.
// Node kinds and field names follow CPython's `ast` module (Parser/Python.asdl) so the
// two can be compared side by side. Every node carries its source span:
//   line/endLine are 1-based, col/endCol are 0-based code-point offsets in the line.
// The parser is independent of the object model: constants stay as text plus a kind,
// and the compiler turns them into values.
import { BinOp, CmpOp, UnaryOp, BoolOpKind } from "../common/operators";

export const enum NodeKind {
  // mod
  Module,
  Expression, // eval() input: body is a single expression
  Interactive,
  // statements
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
  TryStar,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  ExprStmt,
  Pass,
  Break,
  Continue,
  // expressions
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
  // patterns (match statement)
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr,
}

// Expression context, as CPython's ast.Load/Store/Del.
export const enum Ctx {
  Load = 0,
  Store = 1,
  Del = 2,
}

export const enum ConstKind {
  None,
  True,
  False,
  Ellipsis,
  Int, // text: digits without underscores or prefix; base in `base`
  Float, // text: the literal without underscores (e.g. "1.5e3")
  Imag, // text: the literal without underscores and without the trailing j
  Str, // str: decoded value
  Bytes, // bytes: decoded value
}

export class Node {
  constructor(
    public kind: NodeKind,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

// ---- modules ----
export class ModuleNode extends Node {
  body: Array<Node> = [];
  docstring: bool = false; // first statement is a string literal
}

export class ExpressionNode extends Node {
  body: Node = changetype<Node>(0);
}

// ---- helpers that are not nodes in their own right ----
export class Arg {
  annotation: Node | null = null;
  constructor(
    public name: string,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

export class Arguments {
  posonly: Array<Arg> = [];
  args: Array<Arg> = [];
  vararg: Arg | null = null;
  kwonly: Array<Arg> = [];
  kwDefaults: Array<Node | null> = []; // same length as kwonly; null = no default
  kwarg: Arg | null = null;
  defaults: Array<Node> = []; // defaults of the last len(defaults) of posonly+args
}

export class Keyword {
  // arg is null for `**mapping`
  constructor(
    public arg: string | null,
    public value: Node,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

export class Comprehension {
  ifs: Array<Node> = [];
  isAsync: bool = false;
  constructor(
    public target: Node,
    public iter: Node,
  ) {}
}

export class ExceptHandler {
  type: Node | null = null;
  name: string | null = null;
  body: Array<Node> = [];
  constructor(
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

export class WithItem {
  optionalVars: Node | null = null;
  constructor(public contextExpr: Node) {}
}

export class MatchCase {
  guard: Node | null = null;
  body: Array<Node> = [];
  constructor(public pattern: Node) {}
}

export class Alias {
  // name may be dotted ("os.path") in `import`; "*" in `from m import *`
  asname: string | null = null;
  constructor(
    public name: string,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

// ---- statements ----
export class FunctionDef extends Node {
  name: string = "";
  args: Arguments = new Arguments();
  body: Array<Node> = [];
  decorators: Array<Node> = [];
  returns: Node | null = null;
  isAsync: bool = false;
}

export class ClassDef extends Node {
  name: string = "";
  bases: Array<Node> = [];
  keywords: Array<Keyword> = [];
  body: Array<Node> = [];
  decorators: Array<Node> = [];
}

export class Return extends Node {
  value: Node | null = null;
}

export class Delete extends Node {
  targets: Array<Node> = [];
}

// `a = b = value`: targets in source order.
export class Assign extends Node {
  targets: Array<Node> = [];
  value: Node = changetype<Node>(0);
}

export class AugAssign extends Node {
  target: Node = changetype<Node>(0);
  op: BinOp = BinOp.ADD; // the plain operator; the compiler adds BinOp.INPLACE
  value: Node = changetype<Node>(0);
}

export class AnnAssign extends Node {
  target: Node = changetype<Node>(0);
  annotation: Node = changetype<Node>(0);
  value: Node | null = null;
  simple: bool = false; // target is a plain name not in parentheses
}

export class For extends Node {
  target: Node = changetype<Node>(0);
  iter: Node = changetype<Node>(0);
  body: Array<Node> = [];
  orelse: Array<Node> = [];
  isAsync: bool = false;
}

export class While extends Node {
  test: Node = changetype<Node>(0);
  body: Array<Node> = [];
  orelse: Array<Node> = [];
}

// elif chains are nested Ifs in orelse, as in CPython.
export class If extends Node {
  test: Node = changetype<Node>(0);
  body: Array<Node> = [];
  orelse: Array<Node> = [];
}

export class With extends Node {
  items: Array<WithItem> = [];
  body: Array<Node> = [];
  isAsync: bool = false;
}

export class Match extends Node {
  subject: Node = changetype<Node>(0);
  cases: Array<MatchCase> = [];
}

export class Raise extends Node {
  exc: Node | null = null;
  cause: Node | null = null;
}

// Try and TryStar (except*) share this class; kind tells them apart.
export class Try extends Node {
  body: Array<Node> = [];
  handlers: Array<ExceptHandler> = [];
  orelse: Array<Node> = [];
  finalbody: Array<Node> = [];
}

export class Assert extends Node {
  test: Node = changetype<Node>(0);
  msg: Node | null = null;
}

export class Import extends Node {
  names: Array<Alias> = [];
}

export class ImportFrom extends Node {
  module: string | null = null; // null for `from . import x`
  names: Array<Alias> = [];
  level: i32 = 0; // number of leading dots
}

// Global and Nonlocal share this class; kind tells them apart.
export class NameList extends Node {
  names: Array<string> = [];
}

export class ExprStmt extends Node {
  value: Node = changetype<Node>(0);
}

// Pass, Break and Continue are plain Nodes.

// ---- expressions ----
export class BoolOpNode extends Node {
  op: BoolOpKind = BoolOpKind.AND;
  values: Array<Node> = []; // two or more; `a and b and c` is one node
}

export class NamedExpr extends Node {
  target: Node = changetype<Node>(0); // a Name
  value: Node = changetype<Node>(0);
}

export class BinOpNode extends Node {
  left: Node = changetype<Node>(0);
  op: BinOp = BinOp.ADD;
  right: Node = changetype<Node>(0);
}

export class UnaryOpNode extends Node {
  op: UnaryOp = UnaryOp.NOT;
  operand: Node = changetype<Node>(0);
}

export class Lambda extends Node {
  args: Arguments = new Arguments();
  body: Node = changetype<Node>(0);
}

export class IfExp extends Node {
  test: Node = changetype<Node>(0);
  body: Node = changetype<Node>(0);
  orelse: Node = changetype<Node>(0);
}

// `{**a, k: v}`: a null key marks a `**` unpacking whose mapping is in values.
export class DictNode extends Node {
  keys: Array<Node | null> = [];
  values: Array<Node> = [];
}

// Set, List and Tuple displays; kind tells them apart. ctx matters for List/Tuple targets.
export class Sequence extends Node {
  elts: Array<Node> = [];
  ctx: Ctx = Ctx.Load;
}

// ListComp, SetComp and GeneratorExp share this class; kind tells them apart.
export class Comp extends Node {
  elt: Node = changetype<Node>(0);
  generators: Array<Comprehension> = [];
}

export class DictComp extends Node {
  key: Node = changetype<Node>(0);
  value: Node = changetype<Node>(0);
  generators: Array<Comprehension> = [];
}

// Await, Yield (value may be null) and YieldFrom share this class.
export class ValueExpr extends Node {
  value: Node | null = null;
}

// `a < b <= c`: ops.length == comparators.length.
export class Compare extends Node {
  left: Node = changetype<Node>(0);
  ops: Array<CmpOp> = [];
  comparators: Array<Node> = [];
}

export class Call extends Node {
  func: Node = changetype<Node>(0);
  args: Array<Node> = []; // may contain Starred
  keywords: Array<Keyword> = [];
}

export class FormattedValue extends Node {
  value: Node = changetype<Node>(0);
  conversion: i32 = -1; // -1, or the code point of 's', 'r' or 'a'
  formatSpec: JoinedStr | null = null;
}

export class JoinedStr extends Node {
  values: Array<Node> = []; // Constant(Str) and FormattedValue nodes
}

export class Constant extends Node {
  constKind: ConstKind = ConstKind.None;
  text: string = ""; // Int/Float/Imag literal text; Str value
  base: i32 = 10; // Int only
  bytes: Array<u8> | null = null; // Bytes only
  isUnicodePrefixed: bool = false; // u"..." (kept for ast.Constant.kind fidelity)
}

export class Attribute extends Node {
  value: Node = changetype<Node>(0);
  attr: string = "";
  ctx: Ctx = Ctx.Load;
}

export class Subscript extends Node {
  value: Node = changetype<Node>(0);
  slice: Node = changetype<Node>(0); // a Slice node, a Tuple (possibly containing Slices) or any expression
  ctx: Ctx = Ctx.Load;
}

export class Starred extends Node {
  value: Node = changetype<Node>(0);
  ctx: Ctx = Ctx.Load;
}

export class Name extends Node {
  id: string = "";
  ctx: Ctx = Ctx.Load;
}

export class Slice extends Node {
  lower: Node | null = null;
  upper: Node | null = null;
  step: Node | null = null;
}

// ---- patterns ----
export class MatchValue extends Node {
  value: Node = changetype<Node>(0);
}

export class MatchSingleton extends Node {
  value: ConstKind = ConstKind.None; // None, True or False
}

export class MatchSequence extends Node {
  patterns: Array<Node> = [];
}

// `{k: p, **rest}`
export class MatchMapping extends Node {
  keys: Array<Node> = [];
  patterns: Array<Node> = [];
  rest: string | null = null;
}

export class MatchClass extends Node {
  cls: Node = changetype<Node>(0);
  patterns: Array<Node> = [];
  kwdAttrs: Array<string> = [];
  kwdPatterns: Array<Node> = [];
}

// `*name` or `*_` (name null) inside a sequence pattern
export class MatchStar extends Node {
  name: string | null = null;
}

// `p as name`, a capture `name` (pattern null) or the wildcard `_` (both null)
export class MatchAs extends Node {
  pattern: Node | null = null;
  name: string | null = null;
}

export class MatchOr extends Node {
  patterns: Array<Node> = [];
}
