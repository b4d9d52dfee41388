// Expression grammar of Python 3.12 (Grammar/python.gram, "EXPRESSIONS" through
// "ASSIGNMENT TARGETS"), as recursive descent with backtracking over the token buffer.
// Each method names the rule it implements; alternatives are tried in the grammar's
// order so that results, error messages and error locations agree with CPython's PEG
// parser. invalid_* rules run only in the second pass (callInvalidRules). Left-recursive
// rules (primary, t_primary, binary operators) are loops.
import { Tok, Token } from "../lexer/token";
import { BinOp, CmpOp, UnaryOp, BoolOpKind } from "../common/operators";
import {
  Node,
  NodeKind,
  Ctx,
  ConstKind,
  Name,
  Constant,
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
  Attribute,
  Subscript,
  Starred,
  Slice,
  Arg,
  Arguments,
  Keyword,
  Comprehension,
} from "./ast";
import { ParserCore, Rule, ErrorKind } from "./core";
import { setExprContext, exprName, invalidTarget, TargetsType, isLegacyStatementName } from "./actions";
import { decodeStr, decodeBytes } from "./literals";

// ---- node construction helpers ----

export function newName(id: string, ctx: Ctx): Name {
  const n = new Name(NodeKind.Name, 0, 0, 0, 0);
  n.id = id;
  n.ctx = ctx;
  return n;
}

export function newConstant(kind: ConstKind): Constant {
  const c = new Constant(NodeKind.Constant, 0, 0, 0, 0);
  c.constKind = kind;
  return c;
}

export function newSequence(kind: NodeKind, elts: Array<Node>, ctx: Ctx): Sequence {
  const s = new Sequence(kind, 0, 0, 0, 0);
  s.elts = elts;
  s.ctx = ctx;
  return s;
}

function newBinOp(left: Node, op: BinOp, right: Node): BinOpNode {
  const b = new BinOpNode(NodeKind.BinOp, 0, 0, 0, 0);
  b.left = left;
  b.op = op;
  b.right = right;
  return b;
}

function newUnaryOp(op: UnaryOp, operand: Node): UnaryOpNode {
  const u = new UnaryOpNode(NodeKind.UnaryOp, 0, 0, 0, 0);
  u.op = op;
  u.operand = operand;
  return u;
}

export function newStarred(value: Node, ctx: Ctx): Starred {
  const s = new Starred(NodeKind.Starred, 0, 0, 0, 0);
  s.value = value;
  s.ctx = ctx;
  return s;
}

export function copyPos<T extends Node>(n: T, line: i32, col: i32, endLine: i32, endCol: i32): T {
  n.line = line;
  n.col = col;
  n.endLine = endLine;
  n.endCol = endCol;
  return n;
}

export function tokenPos<T extends Node>(n: T, t: Token): T {
  return copyPos<T>(n, t.line, t.col, t.endLine, t.endCol);
}

// ---- intermediate results ----

export class NameDefaultPair {
  constructor(
    public arg: Arg,
    public value: Node | null,
  ) {}
}

export class SlashWithDefault {
  constructor(
    public plain: Array<Arg>,
    public withDefaults: Array<NameDefaultPair>,
  ) {}
}

export class StarEtc {
  constructor(
    public vararg: Arg | null,
    public kwonly: Array<NameDefaultPair>,
    public kwarg: Arg | null,
  ) {}
}

class KeyValuePair {
  constructor(
    public key: Node | null,
    public value: Node,
  ) {}
}

class KeywordOrStarred {
  constructor(
    public keyword: Keyword | null,
    public starred: Node | null,
  ) {}
}

// Result of fstring_conversion / fstring_full_format_spec: a node plus the debug text
// carried by the token that ended the expression.
class ResultWithMetadata {
  constructor(
    public result: Node,
    public metadata: string | null,
  ) {}
}

// The arguments of a call while they are being collected (CPython builds a Call with a
// dummy function for this).
export class CallArgs extends Node {
  args: Array<Node> = [];
  keywords: Array<Keyword> = [];
}

export function makeArguments(
  slashNoDefault: Array<Arg> | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: Array<Arg> | null,
  namesWithDefault: Array<NameDefaultPair> | null,
  starEtc: StarEtc | null,
): Arguments {
  const a = new Arguments();
  if (slashNoDefault !== null) {
    a.posonly = slashNoDefault;
  } else if (slashWithDefault !== null) {
    const posonly = slashWithDefault.plain.slice(0);
    for (let i = 0; i < slashWithDefault.withDefaults.length; i++) posonly.push(slashWithDefault.withDefaults[i].arg);
    a.posonly = posonly;
  }
  const args = plainNames !== null ? plainNames.slice(0) : new Array<Arg>();
  if (namesWithDefault !== null) {
    for (let i = 0; i < namesWithDefault.length; i++) args.push(namesWithDefault[i].arg);
  }
  a.args = args;
  const defaults = new Array<Node>();
  if (slashWithDefault !== null) {
    for (let i = 0; i < slashWithDefault.withDefaults.length; i++) defaults.push(slashWithDefault.withDefaults[i].value!);
  }
  if (namesWithDefault !== null) {
    for (let i = 0; i < namesWithDefault.length; i++) defaults.push(namesWithDefault[i].value!);
  }
  a.defaults = defaults;
  if (starEtc !== null) {
    a.vararg = starEtc.vararg;
    a.kwarg = starEtc.kwarg;
    for (let i = 0; i < starEtc.kwonly.length; i++) {
      a.kwonly.push(starEtc.kwonly[i].arg);
      a.kwDefaults.push(starEtc.kwonly[i].value);
    }
  }
  return a;
}

function isStrConstant(n: Node): bool {
  if (n.kind != NodeKind.Constant) return false;
  return (<Constant>n).constKind == ConstKind.Str;
}

function isEmptyStrConstant(n: Node): bool {
  return isStrConstant(n) && (<Constant>n).text.length == 0;
}

function stringToCps(s: string): StaticArray<i32> {
  const out = new Array<i32>();
  for (let i = 0; i < s.length; i++) {
    let c = <i32>s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = <i32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out.push(c);
  }
  return StaticArray.fromArray<i32>(out);
}

export class ExprParser extends ParserCore {
  // ---- tokens as nodes ----

  // NAME (not a keyword) as a Name node in Load context.
  nameToken(): Name | null {
    const t = this.expect(Tok.NAME);
    if (t === null) return null;
    return tokenPos<Name>(newName(this.text(t), Ctx.Load), t);
  }

  numberToken(): Constant | null {
    const t = this.expect(Tok.NUMBER);
    if (t === null) return null;
    return this.numberFromToken(t);
  }

  numberFromToken(t: Token): Constant | null {
    const raw = this.text(t);
    let s = raw.indexOf("_") >= 0 ? raw.replaceAll("_", "") : raw;
    let c: Constant;
    const last = s.charCodeAt(s.length - 1);
    if (last == 0x6a || last == 0x4a) {
      c = newConstant(ConstKind.Imag);
      c.text = s.substring(0, s.length - 1);
    } else if (s.length >= 2 && s.charCodeAt(0) == 0x30 && isBaseLetter(<i32>s.charCodeAt(1))) {
      c = newConstant(ConstKind.Int);
      const b = <i32>s.charCodeAt(1) | 0x20;
      c.base = b == 0x78 ? 16 : b == 0x6f ? 8 : 2;
      c.text = s.substring(2);
    } else if (s.indexOf(".") >= 0 || s.indexOf("e") >= 0 || s.indexOf("E") >= 0) {
      c = newConstant(ConstKind.Float);
      c.text = s;
    } else {
      c = newConstant(ConstKind.Int);
      c.base = 10;
      c.text = s;
      if (s.length > 4300) {
        // CPython refuses to convert huge decimal literals (sys.int_info.default_max_str_digits).
        this.raiseKnown(
          ErrorKind.SyntaxError,
          "Exceeds the limit (4300 digits) for integer string conversion: value has " +
            s.length.toString() +
            " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
          t.line,
          -1,
          t.endLine,
          -1,
        );
        return null;
      }
    }
    return tokenPos<Constant>(c, t);
  }

  // ---- expressions ----

  // expressions: expression (',' expression)* [','] (a tuple when there is a comma)
  expressions(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.expression();
    if (a === null) return null;
    if (!this.check(Tok.COMMA)) return this.err ? null : a;
    const elts: Array<Node> = [a];
    for (;;) {
      if (this.expect(Tok.COMMA) === null) break;
      const save = this.mark;
      const b = this.expression();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(b);
    }
    if (this.err) return null;
    return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Load), start);
  }

  // expression (memo): invalid rules | disjunction 'if' disjunction 'else' expression
  //   | disjunction | lambdef
  expression(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.EXPRESSION);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.mark;
    if (!this.enter()) return null;
    const res = this.expressionBody();
    this.leave();
    this.memoPut(Rule.EXPRESSION, start, res);
    return res;
  }

  private expressionBody(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidExpression();
      if (this.err) return null;
      this.mark = start;
      this.invalidLegacyExpression();
      if (this.err) return null;
      this.mark = start;
    }
    const a = this.disjunction();
    if (a !== null) {
      const afterA = this.mark;
      if (this.expect(Tok.IF) !== null) {
        const b = this.disjunction();
        if (b !== null && this.expect(Tok.ELSE) !== null) {
          const c = this.expression();
          if (c !== null) {
            const n = new IfExp(NodeKind.IfExp, 0, 0, 0, 0);
            n.test = b;
            n.body = a;
            n.orelse = c;
            return this.at<IfExp>(n, start);
          }
        }
      }
      if (this.err) return null;
      this.mark = afterA;
      return a;
    }
    if (this.err) return null;
    this.mark = start;
    return this.lambdef();
  }

  // expression_without_invalid: the expression rule with invalid rules switched off.
  expressionWithoutInvalid(): Node | null {
    const prev = this.callInvalidRules;
    this.callInvalidRules = false;
    const start = this.begin();
    let res: Node | null = null;
    if (start >= 0) {
      const a = this.disjunction();
      if (a !== null) {
        const afterA = this.mark;
        let done = false;
        if (this.expect(Tok.IF) !== null) {
          const b = this.disjunction();
          if (b !== null && this.expect(Tok.ELSE) !== null) {
            const c = this.expression();
            if (c !== null) {
              const n = new IfExp(NodeKind.IfExp, 0, 0, 0, 0);
              n.test = b;
              n.body = a;
              n.orelse = c;
              res = this.at<IfExp>(n, start);
              done = true;
            }
          }
        }
        if (!done && !this.err) {
          this.mark = afterA;
          res = a;
        }
      } else if (!this.err) {
        this.mark = start;
        res = this.lambdef();
      }
    }
    this.callInvalidRules = prev;
    return this.err ? null : res;
  }

  // invalid_expression:
  //   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  //   | disjunction 'if' disjunction !('else'|':')
  private invalidExpression(): void {
    const start = this.mark;
    let skip = false;
    const t = this.peek();
    if (t === null) return;
    if (t.kind == Tok.NAME) {
      const u = this.peekSecond();
      if (this.err) return;
      if (u !== null && u.kind == Tok.STRING) skip = true;
      if (this.isSoftKeywordToken(t)) skip = true;
    }
    if (!skip) {
      const a = this.disjunction();
      if (a !== null) {
        const b = this.expressionWithoutInvalid();
        if (b !== null) {
          const last = unchecked(this.tokens[this.mark - 1]);
          if (!isLegacyStatementName(a) && last.level != 0) {
            this.raiseRange(a.line, a.col, b.endLine, b.endCol, "invalid syntax. Perhaps you forgot a comma?");
          }
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    const a = this.disjunction();
    if (a !== null && this.expect(Tok.IF) !== null) {
      const b = this.disjunction();
      if (b !== null) {
        const k = this.peekKind();
        if (this.err) return;
        if (k != Tok.ELSE && k != Tok.COLON) {
          this.raiseRange(a.line, a.col, b.endLine, b.endCol, "expected 'else' after 'if' expression");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
    // 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
    const lam = this.expect(Tok.LAMBDA);
    if (lam !== null) {
      const save = this.mark;
      if (this.lambdaParams() === null) {
        if (this.err) return;
        this.mark = save;
      }
      const colon = this.expect(Tok.COLON);
      if (colon !== null) {
        const follows = this.check(Tok.FSTRING_MIDDLE);
        if (this.err) return;
        if (follows) {
          this.raiseRange(lam.line, lam.col, colon.endLine, colon.endCol, "f-string: lambda expressions are not allowed without parentheses");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
  }

  // invalid_legacy_expression: NAME !'(' star_expressions  (print x -> print(x))
  private invalidLegacyExpression(): void {
    const start = this.mark;
    const a = this.nameToken();
    if (a === null) return;
    if (this.check(Tok.LPAR)) {
      this.mark = start;
      return;
    }
    const b = this.starExpressions();
    if (b !== null) {
      if (isLegacyStatementName(a)) {
        this.raiseRange(
          a.line,
          a.col,
          b.endLine,
          b.endCol,
          "Missing parentheses in call to '" + a.id + "'. Did you mean " + a.id + "(...)?",
        );
      }
      return;
    }
    if (this.err) return;
    this.mark = start;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.YIELD) === null) return null;
    if (this.expect(Tok.FROM) !== null) {
      const a = this.expression();
      if (a !== null) {
        const n = new ValueExpr(NodeKind.YieldFrom, 0, 0, 0, 0);
        n.value = a;
        return this.at<ValueExpr>(n, start);
      }
      if (this.err) return null;
      this.mark = start + 1;
    }
    const v = this.starExpressions();
    if (this.err) return null;
    const n = new ValueExpr(NodeKind.Yield, 0, 0, 0, 0);
    n.value = v;
    return this.at<ValueExpr>(n, start);
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  starExpressions(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.starExpression();
    if (a === null) return null;
    if (!this.check(Tok.COMMA)) return this.err ? null : a;
    const elts: Array<Node> = [a];
    for (;;) {
      if (this.expect(Tok.COMMA) === null) break;
      const save = this.mark;
      const b = this.starExpression();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(b);
    }
    if (this.err) return null;
    return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Load), start);
  }

  // star_expression (memo): '*' bitwise_or | expression
  starExpression(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.STAR_EXPRESSION);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: Node | null = null;
    if (this.expect(Tok.STAR) !== null) {
      const a = this.bitwiseOr();
      if (a !== null) res = this.at<Starred>(newStarred(a, Ctx.Load), start);
      else if (this.err) return null;
    }
    if (res === null) {
      this.mark = start;
      res = this.expression();
    }
    if (this.err) return null;
    this.memoPut(Rule.STAR_EXPRESSION, start, res);
    return res;
  }

  // star_named_expressions: ','.star_named_expression+ [',']
  starNamedExpressions(): Array<Node> | null {
    const a = this.starNamedExpression();
    if (a === null) return null;
    const elts: Array<Node> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.starNamedExpression();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(b);
    }
    if (this.err) return null;
    this.expect(Tok.COMMA);
    if (this.err) return null;
    return elts;
  }

  // star_named_expression: '*' bitwise_or | named_expression
  starNamedExpression(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.STAR) !== null) {
      const a = this.bitwiseOr();
      if (a !== null) return this.at<Starred>(newStarred(a, Ctx.Load), start);
      if (this.err) return null;
      this.mark = start;
    }
    return this.namedExpression();
  }

  // assignment_expression: NAME ':=' ~ expression  (the cut has no effect: one alternative)
  assignmentExpression(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.nameToken();
    if (a === null) return null;
    if (this.expect(Tok.COLONEQUAL) === null) {
      this.mark = start;
      return null;
    }
    const b = this.expression();
    if (b === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const n = new NamedExpr(NodeKind.NamedExpr, 0, 0, 0, 0);
    n.target = setExprContext(a, Ctx.Store);
    n.value = b;
    return this.at<NamedExpr>(n, start);
  }

  // named_expression: assignment_expression | invalid_named_expression | expression !':='
  namedExpression(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.assignmentExpression();
    if (a !== null) return a;
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidNamedExpression();
      if (this.err) return null;
      this.mark = start;
    }
    const e = this.expression();
    if (e === null) return null;
    if (this.check(Tok.COLONEQUAL)) {
      this.mark = start;
      return null;
    }
    if (this.err) return null;
    return e;
  }

  // invalid_named_expression (memo):
  //   | expression ':=' expression
  //   | NAME '=' bitwise_or !('='|':=')
  //   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
  invalidNamedExpression(): void {
    if (this.err) return;
    const m = this.memoGet(Rule.INVALID_NAMED_EXPRESSION);
    if (m !== null) {
      this.mark = m.end;
      return;
    }
    const start = this.mark;
    this.invalidNamedExpressionBody();
    if (!this.err) this.memoPut(Rule.INVALID_NAMED_EXPRESSION, start, null);
  }

  private invalidNamedExpressionBody(): void {
    const start = this.mark;
    const a = this.expression();
    if (a !== null && this.expect(Tok.COLONEQUAL) !== null) {
      const b = this.expression();
      if (b !== null) {
        this.raiseNode(a, "cannot use assignment expressions with " + exprName(a));
        return;
      }
    }
    if (this.err) return;
    this.mark = start;
    const n = this.nameToken();
    if (n !== null && this.expect(Tok.EQUAL) !== null) {
      const b = this.bitwiseOr();
      if (b !== null) {
        const k = this.peekKind();
        if (this.err) return;
        if (k != Tok.EQUAL && k != Tok.COLONEQUAL) {
          this.raiseRange(n.line, n.col, b.endLine, b.endCol, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
    // !(list|tuple|genexp|'True'|'None'|'False')
    const k = this.peekKind();
    if (this.err) return;
    if (k == Tok.TRUE || k == Tok.NONE || k == Tok.FALSE) return;
    if (k == Tok.LSQB) {
      const l = this.list();
      if (this.err) return;
      this.mark = start;
      if (l !== null) return;
    } else if (k == Tok.LPAR) {
      const tp = this.tuple();
      if (this.err) return;
      this.mark = start;
      if (tp !== null) return;
      const g = this.genexp();
      if (this.err) return;
      this.mark = start;
      if (g !== null) return;
    }
    const a2 = this.bitwiseOr();
    if (a2 !== null && this.expect(Tok.EQUAL) !== null) {
      const b = this.bitwiseOr();
      if (b !== null) {
        const k2 = this.peekKind();
        if (this.err) return;
        if (k2 != Tok.EQUAL && k2 != Tok.COLONEQUAL) {
          this.raiseNode(a2, "cannot assign to " + exprName(a2) + " here. Maybe you meant '==' instead of '='?");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
  }

  // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
  disjunction(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.DISJUNCTION);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.conjunction();
    if (res !== null && this.check(Tok.OR)) {
      const values: Array<Node> = [res];
      for (;;) {
        const save = this.mark;
        if (this.expect(Tok.OR) === null) break;
        const b = this.conjunction();
        if (b === null) {
          if (this.err) return null;
          this.mark = save;
          break;
        }
        values.push(b);
      }
      if (values.length > 1) {
        const n = new BoolOpNode(NodeKind.BoolOp, 0, 0, 0, 0);
        n.op = BoolOpKind.OR;
        n.values = values;
        res = this.at<BoolOpNode>(n, start);
      }
    }
    if (this.err) return null;
    this.memoPut(Rule.DISJUNCTION, start, res);
    return res;
  }

  // conjunction (memo): inversion ('and' inversion)+ | inversion
  conjunction(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.CONJUNCTION);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.inversion();
    if (res !== null && this.check(Tok.AND)) {
      const values: Array<Node> = [res];
      for (;;) {
        const save = this.mark;
        if (this.expect(Tok.AND) === null) break;
        const b = this.inversion();
        if (b === null) {
          if (this.err) return null;
          this.mark = save;
          break;
        }
        values.push(b);
      }
      if (values.length > 1) {
        const n = new BoolOpNode(NodeKind.BoolOp, 0, 0, 0, 0);
        n.op = BoolOpKind.AND;
        n.values = values;
        res = this.at<BoolOpNode>(n, start);
      }
    }
    if (this.err) return null;
    this.memoPut(Rule.CONJUNCTION, start, res);
    return res;
  }

  // inversion (memo): 'not' inversion | comparison
  inversion(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.INVERSION);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    if (!this.enter()) return null;
    let res: Node | null = null;
    if (this.expect(Tok.NOT) !== null) {
      const a = this.inversion();
      if (a !== null) res = this.at<UnaryOpNode>(newUnaryOp(UnaryOp.NOT, a), start);
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.comparison();
    }
    this.leave();
    if (this.err) return null;
    this.memoPut(Rule.INVERSION, start, res);
    return res;
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  comparison(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.bitwiseOr();
    if (a === null) return null;
    const ops = new Array<CmpOp>();
    const comparators = new Array<Node>();
    for (;;) {
      const save = this.mark;
      const t = this.peek();
      if (t === null) return null;
      let op: i32 = -1;
      switch (t.kind) {
        case Tok.EQEQUAL:
          op = CmpOp.EQ;
          this.mark++;
          break;
        case Tok.NOTEQUAL:
          if (!t.isLtGt) {
            op = CmpOp.NE;
            this.mark++;
          }
          break;
        case Tok.LESSEQUAL:
          op = CmpOp.LE;
          this.mark++;
          break;
        case Tok.LESS:
          op = CmpOp.LT;
          this.mark++;
          break;
        case Tok.GREATEREQUAL:
          op = CmpOp.GE;
          this.mark++;
          break;
        case Tok.GREATER:
          op = CmpOp.GT;
          this.mark++;
          break;
        case Tok.NOT:
          this.mark++;
          if (this.expect(Tok.IN) !== null) op = CmpOp.NOT_IN;
          else if (this.err) return null;
          break;
        case Tok.IN:
          op = CmpOp.IN;
          this.mark++;
          break;
        case Tok.IS:
          this.mark++;
          if (this.expect(Tok.NOT) !== null) op = CmpOp.IS_NOT;
          else if (this.err) return null;
          else op = CmpOp.IS;
          break;
        default:
          break;
      }
      if (op < 0) {
        this.mark = save;
        break;
      }
      const b = this.bitwiseOr();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      ops.push(<CmpOp>op);
      comparators.push(b);
    }
    if (ops.length == 0) return a;
    const n = new Compare(NodeKind.Compare, 0, 0, 0, 0);
    n.left = a;
    n.ops = ops;
    n.comparators = comparators;
    return this.at<Compare>(n, start);
  }

  // bitwise_or (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor
  bitwiseOr(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.BITWISE_OR);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    const res = this.binary(0);
    if (this.err) return null;
    this.memoPut(Rule.BITWISE_OR, start, res);
    return res;
  }

  // The left-associative binary operator levels, from `|` (level 0) to the
  // multiplicative operators (level 5); factor below them.
  private binary(level: i32): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    let left = level == 5 ? this.factor() : this.binary(level + 1);
    if (left === null) return null;
    const depthAtStart = this.depth;
    for (;;) {
      const t = this.peek();
      if (t === null) return null;
      let op: i32 = -1;
      const k = t.kind;
      switch (level) {
        case 0:
          if (k == Tok.VBAR) op = BinOp.OR;
          break;
        case 1:
          if (k == Tok.CIRCUMFLEX) op = BinOp.XOR;
          break;
        case 2:
          if (k == Tok.AMPER) op = BinOp.AND;
          break;
        case 3:
          if (k == Tok.LEFTSHIFT) op = BinOp.LSHIFT;
          else if (k == Tok.RIGHTSHIFT) op = BinOp.RSHIFT;
          break;
        case 4:
          if (k == Tok.PLUS) op = BinOp.ADD;
          else if (k == Tok.MINUS) op = BinOp.SUBTRACT;
          break;
        default:
          if (k == Tok.STAR) op = BinOp.MULTIPLY;
          else if (k == Tok.SLASH) op = BinOp.TRUE_DIVIDE;
          else if (k == Tok.DOUBLESLASH) op = BinOp.FLOOR_DIVIDE;
          else if (k == Tok.PERCENT) op = BinOp.REMAINDER;
          else if (k == Tok.AT) op = BinOp.MATRIX_MULTIPLY;
          break;
      }
      if (op < 0) break;
      const save = this.mark;
      this.mark++;
      if (!this.enter()) break;
      const right = level == 5 ? this.factor() : this.binary(level + 1);
      if (right === null) {
        if (this.err) break;
        this.mark = save;
        break;
      }
      left = this.at<BinOpNode>(newBinOp(left!, <BinOp>op, right), start);
    }
    this.depth = depthAtStart;
    return this.err ? null : left;
  }

  // factor (memo): '+' factor | '-' factor | '~' factor | power
  factor(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.FACTOR);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    if (!this.enter()) return null;
    let res: Node | null = null;
    const k = this.peekKind();
    if (k == Tok.PLUS || k == Tok.MINUS || k == Tok.TILDE) {
      this.mark++;
      const a = this.factor();
      if (a !== null) {
        const op = k == Tok.PLUS ? UnaryOp.UADD : k == Tok.MINUS ? UnaryOp.USUB : UnaryOp.INVERT;
        res = this.at<UnaryOpNode>(newUnaryOp(op, a), start);
      }
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.power();
    }
    this.leave();
    if (this.err) return null;
    this.memoPut(Rule.FACTOR, start, res);
    return res;
  }

  // power: await_primary '**' factor | await_primary
  power(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.awaitPrimary();
    if (a === null) return null;
    const save = this.mark;
    if (this.expect(Tok.DOUBLESTAR) !== null) {
      const b = this.factor();
      if (b !== null) return this.at<BinOpNode>(newBinOp(a, BinOp.POWER, b), start);
      if (this.err) return null;
    }
    if (this.err) return null;
    this.mark = save;
    return a;
  }

  // await_primary (memo): AWAIT primary | primary
  awaitPrimary(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.AWAIT_PRIMARY);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: Node | null = null;
    if (this.expect(Tok.AWAIT) !== null) {
      const a = this.primary();
      if (a !== null) {
        const n = new ValueExpr(NodeKind.Await, 0, 0, 0, 0);
        n.value = a;
        res = this.at<ValueExpr>(n, start);
      }
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.primary();
    }
    if (this.err) return null;
    this.memoPut(Rule.AWAIT_PRIMARY, start, res);
    return res;
  }

  // primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  //   | primary '[' slices ']' | atom
  primary(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.PRIMARY);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.atom();
    const depthAtStart = this.depth;
    while (res !== null && this.enter()) {
      const next = this.primaryTrailer(res, start, false);
      if (next === null) break;
      res = next;
    }
    this.depth = depthAtStart;
    if (this.err) return null;
    this.memoPut(Rule.PRIMARY, start, res);
    return res;
  }

  // One step of primary / t_primary growth; with `needLookahead` the step must be
  // followed by '(' '[' or '.' (t_primary). Restores `mark` when nothing matches.
  primaryTrailer(value: Node, start: i32, needLookahead: bool): Node | null {
    const save = this.mark;
    const t = this.peek();
    if (t === null) return null;
    if (this.callInvalidRules && (t.kind == Tok.LSQB || t.kind == Tok.LBRACE)) {
      // `primary genexp` is tried before the other trailers, and genexp's
      // invalid_comprehension also accepts '[' and '{' as its opening bracket.
      this.genexp();
      if (this.err) return null;
      this.mark = save;
    }
    if (t.kind == Tok.DOT) {
      this.mark++;
      const name = this.expect(Tok.NAME);
      if (name !== null && (!needLookahead || this.tLookahead())) {
        const n = new Attribute(NodeKind.Attribute, 0, 0, 0, 0);
        n.value = value;
        n.attr = this.text(name);
        return this.at<Attribute>(n, start);
      }
      this.mark = save;
      return null;
    }
    if (t.kind == Tok.LPAR) {
      const g = this.genexp();
      if (g !== null && (!needLookahead || this.tLookahead())) {
        const c = new Call(NodeKind.Call, 0, 0, 0, 0);
        c.func = value;
        c.args = [g];
        return this.at<Call>(c, start);
      }
      if (this.err) return null;
      this.mark = save + 1;
      const args = this.arguments();
      if (this.err) return null;
      if (this.expect(Tok.RPAR) !== null && (!needLookahead || this.tLookahead())) {
        const c = new Call(NodeKind.Call, 0, 0, 0, 0);
        c.func = value;
        if (args !== null) {
          c.args = args.args;
          c.keywords = args.keywords;
        }
        return this.at<Call>(c, start);
      }
      this.mark = save;
      return null;
    }
    if (t.kind == Tok.LSQB) {
      this.mark++;
      const s = this.slices();
      if (s !== null && this.expect(Tok.RSQB) !== null && (!needLookahead || this.tLookahead())) {
        const n = new Subscript(NodeKind.Subscript, 0, 0, 0, 0);
        n.value = value;
        n.slice = s;
        return this.at<Subscript>(n, start);
      }
      this.mark = save;
      return null;
    }
    return null;
  }

  // t_lookahead: '(' | '[' | '.'
  tLookahead(): bool {
    const k = this.peekKind();
    return k == Tok.LPAR || k == Tok.LSQB || k == Tok.DOT;
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  slices(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.slice();
    if (a !== null && !this.check(Tok.COMMA)) return this.err ? null : a;
    if (this.err) return null;
    this.mark = start;
    const elts = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (elts.length > 0 && this.expect(Tok.COMMA) === null) break;
      let e = this.slice();
      if (e === null) {
        if (this.err) return null;
        e = this.starredExpression();
      }
      if (e === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(e);
    }
    if (elts.length == 0) return null;
    this.expect(Tok.COMMA);
    if (this.err) return null;
    return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Load), start);
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  slice(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const lower = this.expression();
    if (this.err) return null;
    if (this.expect(Tok.COLON) !== null) {
      const upper = this.expression();
      if (this.err) return null;
      let step: Node | null = null;
      const save = this.mark;
      if (this.expect(Tok.COLON) !== null) {
        step = this.expression();
        if (this.err) return null;
      } else {
        this.mark = save;
      }
      const n = new Slice(NodeKind.Slice, 0, 0, 0, 0);
      n.lower = lower;
      n.upper = upper;
      n.step = step;
      return this.at<Slice>(n, start);
    }
    if (this.err) return null;
    this.mark = start;
    return this.namedExpression();
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp
  //   | list/listcomp | dict/set/dictcomp/setcomp | '...'
  atom(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    switch (t.kind) {
      case Tok.NAME:
        return this.nameToken();
      case Tok.TRUE:
      case Tok.FALSE:
      case Tok.NONE: {
        this.mark++;
        const ck = t.kind == Tok.TRUE ? ConstKind.True : t.kind == Tok.FALSE ? ConstKind.False : ConstKind.None;
        return this.at<Constant>(newConstant(ck), start);
      }
      case Tok.STRING:
      case Tok.FSTRING_START:
        return this.strings();
      case Tok.NUMBER:
        return this.numberToken();
      case Tok.LPAR: {
        let r: Node | null = this.tuple();
        if (r !== null || this.err) return r;
        this.mark = start;
        r = this.group();
        if (r !== null || this.err) return r;
        this.mark = start;
        return this.genexp();
      }
      case Tok.LSQB: {
        const r = this.list();
        if (r !== null || this.err) return r;
        this.mark = start;
        return this.listcomp();
      }
      case Tok.LBRACE: {
        let r: Node | null = this.dict();
        if (r !== null || this.err) return r;
        this.mark = start;
        r = this.set();
        if (r !== null || this.err) return r;
        this.mark = start;
        r = this.dictcomp();
        if (r !== null || this.err) return r;
        this.mark = start;
        return this.setcomp();
      }
      case Tok.ELLIPSIS:
        this.mark++;
        return this.at<Constant>(newConstant(ConstKind.Ellipsis), start);
      default:
        return null;
    }
  }

  // group: '(' (yield_expr | named_expression) ')' | invalid_group
  group(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LPAR) !== null) {
      let a = this.yieldExpr();
      if (a === null && !this.err) a = this.namedExpression();
      if (a !== null && this.expect(Tok.RPAR) !== null) return a;
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidGroup();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
  private invalidGroup(): void {
    const start = this.mark;
    if (this.expect(Tok.LPAR) === null) return;
    const a = this.starredExpression();
    if (a !== null && this.expect(Tok.RPAR) !== null) {
      this.raiseNode(a, "cannot use starred expression here");
      return;
    }
    if (this.err) return;
    this.mark = start + 1;
    const s = this.expect(Tok.DOUBLESTAR);
    if (s !== null) {
      const e = this.expression();
      if (e !== null && this.expect(Tok.RPAR) !== null) {
        this.raiseToken(s, "cannot use double starred expression here");
        return;
      }
    }
    this.mark = start;
  }

  // ---- lambda ----

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LAMBDA) === null) return null;
    const params = this.lambdaParams();
    if (this.err) return null;
    if (this.expect(Tok.COLON) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const body = this.expression();
    if (body === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const n = new Lambda(NodeKind.Lambda, 0, 0, 0, 0);
    n.args = params !== null ? params : new Arguments();
    n.body = body;
    return this.at<Lambda>(n, start);
  }

  // lambda_params: invalid_lambda_parameters | lambda_parameters
  lambdaParams(): Arguments | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      this.invalidParameters(true);
      if (this.err) return null;
      this.mark = start;
    }
    return this.parameters(true);
  }

  // Parameters are shared by `def` (lambda = false) and `lambda` (lambda = true): lambda
  // parameters have no annotations and end at ':' instead of ')'.

  // param: NAME annotation?   /   lambda_param: NAME
  param(lambda: bool): Arg | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = this.expect(Tok.NAME);
    if (t === null) return null;
    let annotation: Node | null = null;
    if (!lambda) {
      const save = this.mark;
      if (this.expect(Tok.COLON) !== null) {
        annotation = this.expression();
        if (annotation === null) {
          if (this.err) return null;
          this.mark = save;
        }
      }
    }
    const a = new Arg(this.text(t), 0, 0, 0, 0);
    a.annotation = annotation;
    const s = unchecked(this.tokens[start]);
    const e = this.lastNonWhitespaceToken();
    a.line = s.line;
    a.col = s.col;
    a.endLine = e.endLine;
    a.endCol = e.endCol;
    return a;
  }

  // param_star_annotation: NAME ':' star_expression
  paramStarAnnotation(): Arg | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = this.expect(Tok.NAME);
    if (t === null) return null;
    if (this.expect(Tok.COLON) === null) {
      this.mark = start;
      return null;
    }
    const ann = this.starExpression();
    if (ann === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const a = new Arg(this.text(t), 0, 0, 0, 0);
    a.annotation = ann;
    const s = unchecked(this.tokens[start]);
    const e = this.lastNonWhitespaceToken();
    a.line = s.line;
    a.col = s.col;
    a.endLine = e.endLine;
    a.endCol = e.endCol;
    return a;
  }

  // ',' or (lookahead) the closing token of the parameter list.
  private paramEnd(lambda: bool): bool {
    if (this.expect(Tok.COMMA) !== null) return true;
    if (this.err) return false;
    return this.check(lambda ? Tok.COLON : Tok.RPAR);
  }

  // param_no_default: param ',' | param &')'
  paramNoDefault(lambda: bool): Arg | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (a === null) return null;
    if (this.paramEnd(lambda)) return a;
    if (!this.err) this.mark = start;
    return null;
  }

  // param_no_default_star_annotation: param_star_annotation ',' | ... &')'
  paramNoDefaultStarAnnotation(): Arg | null {
    const start = this.mark;
    const a = this.paramStarAnnotation();
    if (a === null) return null;
    if (this.paramEnd(false)) return a;
    if (!this.err) this.mark = start;
    return null;
  }

  // default: '=' expression | invalid_default
  defaultValue(): Node | null {
    const start = this.mark;
    if (this.expect(Tok.EQUAL) !== null) {
      const e = this.expression();
      if (e !== null) return e;
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_default: '=' &(')'|',')
      const eq = this.expect(Tok.EQUAL);
      if (eq !== null) {
        const k = this.peekKind();
        if (this.err) return null;
        if (k == Tok.RPAR || k == Tok.COMMA) {
          this.raiseToken(eq, "expected default value expression");
          return null;
        }
      }
      this.mark = start;
    }
    return null;
  }

  // param_with_default: param default ',' | param default &')'
  paramWithDefault(lambda: bool): NameDefaultPair | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (a === null) return null;
    const d = this.defaultValue();
    if (d !== null && this.paramEnd(lambda)) return new NameDefaultPair(a, d);
    if (!this.err) this.mark = start;
    return null;
  }

  // param_maybe_default: param default? ',' | param default? &')'
  paramMaybeDefault(lambda: bool): NameDefaultPair | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (a === null) return null;
    const d = this.defaultValue();
    if (this.err) return null;
    if (this.paramEnd(lambda)) return new NameDefaultPair(a, d);
    if (!this.err) this.mark = start;
    return null;
  }

  paramNoDefaultStar(lambda: bool): Array<Arg> | null {
    const out = new Array<Arg>();
    for (;;) {
      const a = this.paramNoDefault(lambda);
      if (a === null) break;
      out.push(a);
    }
    return this.err ? null : out;
  }

  paramWithDefaultStar(lambda: bool): Array<NameDefaultPair> | null {
    const out = new Array<NameDefaultPair>();
    for (;;) {
      const a = this.paramWithDefault(lambda);
      if (a === null) break;
      out.push(a);
    }
    return this.err ? null : out;
  }

  paramMaybeDefaultStar(lambda: bool): Array<NameDefaultPair> | null {
    const out = new Array<NameDefaultPair>();
    for (;;) {
      const a = this.paramMaybeDefault(lambda);
      if (a === null) break;
      out.push(a);
    }
    return this.err ? null : out;
  }

  // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
  slashNoDefault(lambda: bool): Array<Arg> | null {
    const start = this.mark;
    const a = this.paramNoDefaultStar(lambda);
    if (a === null || a.length == 0) {
      if (!this.err) this.mark = start;
      return null;
    }
    if (this.expect(Tok.SLASH) !== null && this.paramEnd(lambda)) return a;
    if (!this.err) this.mark = start;
    return null;
  }

  // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
  slashWithDefault(lambda: bool): SlashWithDefault | null {
    const start = this.mark;
    const a = this.paramNoDefaultStar(lambda);
    if (a === null) return null;
    const b = this.paramWithDefaultStar(lambda);
    if (b === null) return null;
    if (b.length > 0 && this.expect(Tok.SLASH) !== null && this.paramEnd(lambda)) return new SlashWithDefault(a, b);
    if (!this.err) this.mark = start;
    return null;
  }

  // star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
  //   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  //   | '*' ',' param_maybe_default+ [kwds] | kwds
  starEtc(lambda: bool): StarEtc | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      this.invalidStarEtc(lambda);
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.STAR) !== null) {
      let a = this.paramNoDefault(lambda);
      if (a === null && !this.err && !lambda) a = this.paramNoDefaultStarAnnotation();
      if (a !== null) {
        const b = this.paramMaybeDefaultStar(lambda);
        if (b === null) return null;
        const c = this.kwds(lambda);
        if (this.err) return null;
        return new StarEtc(a, b, c);
      }
      if (this.err) return null;
      this.mark = start + 1;
      if (this.expect(Tok.COMMA) !== null) {
        const b = this.paramMaybeDefaultStar(lambda);
        if (b === null) return null;
        if (b.length > 0) {
          const c = this.kwds(lambda);
          if (this.err) return null;
          return new StarEtc(null, b, c);
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    const k = this.kwds(lambda);
    if (k !== null) return new StarEtc(null, [], k);
    return null;
  }

  // kwds: invalid_kwds | '**' param_no_default
  kwds(lambda: bool): Arg | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      this.invalidKwds(lambda);
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.DOUBLESTAR) !== null) {
      const a = this.paramNoDefault(lambda);
      if (a !== null) return a;
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // parameters: slash_no_default param_no_default* param_with_default* [star_etc]
  //   | slash_with_default param_with_default* [star_etc]
  //   | param_no_default+ param_with_default* [star_etc]
  //   | param_with_default+ [star_etc] | star_etc
  parameters(lambda: bool): Arguments | null {
    const start = this.mark;
    const a = this.slashNoDefault(lambda);
    if (a !== null) {
      const b = this.paramNoDefaultStar(lambda);
      if (b === null) return null;
      const c = this.paramWithDefaultStar(lambda);
      if (c === null) return null;
      const d = this.starEtc(lambda);
      if (this.err) return null;
      return makeArguments(a, null, b, c, d);
    }
    if (this.err) return null;
    this.mark = start;
    const sw = this.slashWithDefault(lambda);
    if (sw !== null) {
      const b = this.paramWithDefaultStar(lambda);
      if (b === null) return null;
      const c = this.starEtc(lambda);
      if (this.err) return null;
      return makeArguments(null, sw, null, b, c);
    }
    if (this.err) return null;
    this.mark = start;
    const plain = this.paramNoDefaultStar(lambda);
    if (plain === null) return null;
    if (plain.length > 0) {
      const b = this.paramWithDefaultStar(lambda);
      if (b === null) return null;
      const c = this.starEtc(lambda);
      if (this.err) return null;
      return makeArguments(null, null, plain, b, c);
    }
    this.mark = start;
    const withDefault = this.paramWithDefaultStar(lambda);
    if (withDefault === null) return null;
    if (withDefault.length > 0) {
      const c = this.starEtc(lambda);
      if (this.err) return null;
      return makeArguments(null, null, null, withDefault, c);
    }
    this.mark = start;
    const se = this.starEtc(lambda);
    if (se !== null) return makeArguments(null, null, null, null, se);
    return null;
  }

  // invalid_parameters / invalid_lambda_parameters
  invalidParameters(lambda: bool): void {
    const start = this.mark;
    // "/" ','
    {
      const s = this.expect(Tok.SLASH);
      if (s !== null && this.expect(Tok.COMMA) !== null) {
        this.raiseToken(s, "at least one argument must precede /");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    {
      let ok = this.slashNoDefault(lambda) !== null;
      if (!ok && !this.err) {
        this.mark = start;
        ok = this.slashWithDefault(lambda) !== null;
      }
      if (this.err) return;
      if (ok) {
        const b = this.paramMaybeDefaultStar(lambda);
        if (b === null) return;
        const s = this.expect(Tok.SLASH);
        if (s !== null) {
          this.raiseToken(s, "/ may appear only once");
          return;
        }
        if (this.err) return;
      }
    }
    this.mark = start;
    // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
    {
      if (this.slashNoDefault(lambda) === null) {
        if (this.err) return;
        this.mark = start;
      }
      const a = this.paramNoDefaultStar(lambda);
      if (a === null) return;
      const helperStart = this.mark;
      let helper = this.slashWithDefault(lambda) !== null;
      if (!helper && !this.err) {
        this.mark = helperStart;
        const w = this.paramWithDefaultStar(lambda);
        if (w === null) return;
        helper = w.length > 0;
      }
      if (this.err) return;
      if (helper) {
        const pstart = this.begin();
        if (pstart < 0) return;
        const p = this.paramNoDefault(lambda);
        if (p !== null) {
          this.raiseKnown(
            ErrorKind.SyntaxError,
            "parameter without a default follows parameter with a default",
            p.line,
            p.col,
            p.endLine,
            p.endCol,
          );
          return;
        }
        if (this.err) return;
      }
    }
    this.mark = start;
    // param_no_default* '(' param_no_default+ ','? ')'
    {
      const a = this.paramNoDefaultStar(lambda);
      if (a === null) return;
      const lp = this.expect(Tok.LPAR);
      if (lp !== null) {
        let count = 0;
        if (lambda) {
          // ','.lambda_param+
          for (;;) {
            const save = this.mark;
            if (count > 0 && this.expect(Tok.COMMA) === null) break;
            const p = this.param(true);
            if (p === null) {
              this.mark = save;
              break;
            }
            count++;
          }
        } else {
          for (;;) {
            const p = this.paramNoDefault(false);
            if (p === null) break;
            count++;
          }
        }
        if (this.err) return;
        if (count > 0) {
          this.expect(Tok.COMMA);
          const rp = this.expect(Tok.RPAR);
          if (rp !== null) {
            this.raiseRange(
              lp.line,
              lp.col,
              rp.endLine,
              rp.endCol,
              lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized",
            );
            return;
          }
        }
        if (this.err) return;
      }
    }
    this.mark = start;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //   param_maybe_default* '/'
    {
      let ok = this.slashNoDefault(lambda) !== null;
      if (!ok && !this.err) {
        this.mark = start;
        ok = this.slashWithDefault(lambda) !== null;
        if (!ok && !this.err) this.mark = start;
      }
      if (this.err) return;
      const b = this.paramMaybeDefaultStar(lambda);
      if (b === null) return;
      if (this.expect(Tok.STAR) !== null) {
        let next = this.expect(Tok.COMMA) !== null;
        if (!next && !this.err) next = this.paramNoDefault(lambda) !== null;
        if (this.err) return;
        if (next) {
          const c = this.paramMaybeDefaultStar(lambda);
          if (c === null) return;
          const s = this.expect(Tok.SLASH);
          if (s !== null) {
            this.raiseToken(s, "/ must be ahead of *");
            return;
          }
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    // param_maybe_default+ '/' '*'
    {
      const b = this.paramMaybeDefaultStar(lambda);
      if (b === null) return;
      if (b.length > 0 && this.expect(Tok.SLASH) !== null) {
        const s = this.expect(Tok.STAR);
        if (s !== null) {
          this.raiseToken(s, "expected comma between / and *");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // invalid_star_etc / invalid_lambda_star_etc
  private invalidStarEtc(lambda: bool): void {
    const start = this.mark;
    const close = lambda ? Tok.COLON : Tok.RPAR;
    // '*' (')' | ',' (')' | '**'))
    const star = this.expect(Tok.STAR);
    if (star === null) return;
    {
      let ok = this.expect(close) !== null;
      if (!ok && !this.err) {
        if (this.expect(Tok.COMMA) !== null) {
          ok = this.expect(close) !== null;
          if (!ok && !this.err) ok = this.expect(Tok.DOUBLESTAR) !== null;
        }
      }
      if (this.err) return;
      if (ok) {
        if (lambda) this.raiseSyntax("named arguments must follow bare *");
        else this.raiseToken(star, "named arguments must follow bare *");
        return;
      }
    }
    // '*' param '='
    this.mark = start + 1;
    {
      const p = this.param(lambda);
      if (p !== null) {
        const eq = this.expect(Tok.EQUAL);
        if (eq !== null) {
          this.raiseToken(eq, "var-positional argument cannot have default value");
          return;
        }
      }
      if (this.err) return;
    }
    // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    this.mark = start + 1;
    {
      let ok = this.paramNoDefault(lambda) !== null;
      if (!ok && !this.err) ok = this.expect(Tok.COMMA) !== null;
      if (this.err) return;
      if (ok) {
        const b = this.paramMaybeDefaultStar(lambda);
        if (b === null) return;
        const s2 = this.expect(Tok.STAR);
        if (s2 !== null) {
          let ok2 = this.paramNoDefault(lambda) !== null;
          if (!ok2 && !this.err) ok2 = this.expect(Tok.COMMA) !== null;
          if (this.err) return;
          if (ok2) {
            this.raiseToken(s2, "* argument may appear only once");
            return;
          }
        }
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // invalid_kwds / invalid_lambda_kwds
  private invalidKwds(lambda: bool): void {
    const start = this.mark;
    if (this.expect(Tok.DOUBLESTAR) === null) return;
    const p = this.param(lambda);
    if (p === null) {
      this.mark = start;
      return;
    }
    const afterParam = this.mark;
    const eq = this.expect(Tok.EQUAL);
    if (eq !== null) {
      this.raiseToken(eq, "var-keyword argument cannot have default value");
      return;
    }
    if (this.err) return;
    this.mark = afterParam;
    if (this.expect(Tok.COMMA) !== null) {
      const afterComma = this.mark;
      const q = this.param(lambda);
      if (q !== null) {
        this.raiseKnown(ErrorKind.SyntaxError, "arguments cannot follow var-keyword argument", q.line, q.col, q.endLine, q.endCol);
        return;
      }
      if (this.err) return;
      this.mark = afterComma;
      const t = this.peek();
      if (t === null) return;
      if (t.kind == Tok.STAR || t.kind == Tok.DOUBLESTAR || t.kind == Tok.SLASH) {
        this.mark++;
        this.raiseToken(t, "arguments cannot follow var-keyword argument");
        return;
      }
    }
    if (this.err) return;
    this.mark = start;
  }

  // ---- strings ----

  // strings (memo): (fstring | string)+
  strings(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.STRINGS);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    const parts = new Array<Node>();
    for (;;) {
      const k = this.peekKind();
      if (k == Tok.FSTRING_START) {
        if (!this.enter()) return null;
        const f = this.fstring();
        this.leave();
        if (f === null) break;
        parts.push(f);
      } else if (k == Tok.STRING) {
        const s = this.string();
        if (s === null) break;
        parts.push(s);
      } else {
        break;
      }
    }
    if (this.err) return null;
    let res: Node | null = null;
    if (parts.length > 0) res = this.concatenateStrings(parts, start);
    if (this.err) return null;
    this.memoPut(Rule.STRINGS, start, res);
    return res;
  }

  // string: STRING, decoded right away (as CPython's _PyPegen_constant_from_string).
  private string(): Node | null {
    const t = this.expect(Tok.STRING);
    if (t === null) return null;
    const cps = this.lx.cps;
    let i = t.start;
    let bytes = false;
    let raw = false;
    let unicode = false;
    for (;;) {
      const c = unchecked(cps[i]);
      if (c == 0x62 || c == 0x42) bytes = true;
      else if (c == 0x72 || c == 0x52) raw = true;
      else if (c == 0x75 || c == 0x55) unicode = unchecked(cps[t.start]) == 0x75;
      else break;
      i++;
    }
    const quote = unchecked(cps[i]);
    let bodyStart = i + 1;
    let bodyEnd = t.end - 1;
    if (bodyEnd - bodyStart >= 4 && unchecked(cps[bodyStart]) == quote && unchecked(cps[bodyStart + 1]) == quote) {
      bodyStart += 2;
      bodyEnd -= 2;
    }
    if (bytes) {
      for (let j = bodyStart; j < bodyEnd; j++) {
        if (unchecked(cps[j]) >= 0x80) {
          {
      this.raiseToken(t, "bytes can only contain ASCII literal characters");
      return null;
    }
        }
      }
      const r = decodeBytes(cps, bodyStart, bodyEnd, raw);
      if (r.error !== null) {
      this.raiseSyntax(r.error!);
      return null;
    }
      const c = newConstant(ConstKind.Bytes);
      c.bytes = r.bytes;
      return tokenPos<Constant>(c, t);
    }
    const r = decodeStr(cps, bodyStart, bodyEnd, raw);
    if (r.error !== null) {
      this.raiseSyntax(r.error!);
      return null;
    }
    const c = newConstant(ConstKind.Str);
    c.text = r.text;
    c.isUnicodePrefixed = unicode;
    return tokenPos<Constant>(c, t);
  }

  // fstring: FSTRING_START fstring_middle* FSTRING_END
  private fstring(): Node | null {
    const start = this.mark;
    const a = this.expect(Tok.FSTRING_START);
    if (a === null) return null;
    const items = new Array<Node>();
    for (;;) {
      const k = this.peekKind();
      if (k == Tok.LBRACE) {
        const f = this.fstringReplacementField();
        if (f === null) break;
        items.push(f);
      } else if (k == Tok.FSTRING_MIDDLE) {
        const t = this.tokens[this.mark++];
        const c = newConstant(ConstKind.Str);
        c.text = this.text(t);
        items.push(tokenPos<Constant>(c, t));
      } else {
        break;
      }
    }
    if (this.err) return null;
    const b = this.expect(Tok.FSTRING_END);
    if (b === null) {
      this.mark = start;
      return null;
    }
    return this.joinedStr(a, items, b);
  }

  // CPython's _PyPegen_joined_str: flattens debug wrappers, decodes literal parts.
  private joinedStr(a: Token, raw: Array<Node>, b: Token): Node | null {
    const items = new Array<Node>();
    for (let i = 0; i < raw.length; i++) {
      const e = raw[i];
      if (e.kind == NodeKind.JoinedStr) {
        const vs = (<JoinedStr>e).values;
        for (let j = 0; j < vs.length; j++) items.push(vs[j]);
      } else {
        items.push(e);
      }
    }
    const prefix = this.text(a);
    const isRaw = prefix.indexOf("r") >= 0 || prefix.indexOf("R") >= 0;
    const values = new Array<Node>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind == NodeKind.Constant) {
        const c = <Constant>item;
        let text = c.text;
        if (text == "{{" || text == "}}") text = text.substring(0, 1);
        if (!isRaw && text.indexOf("\\") >= 0) {
          const cps = stringToCps(text);
          const r = decodeStr(cps, 0, cps.length, false);
          if (r.error !== null) {
      this.raiseSyntax(r.error!);
      return null;
    }
          text = r.text;
        }
        if (text.length == 0) continue;
        const d = copyPos<Constant>(newConstant(ConstKind.Str), c.line, c.col, c.endLine, c.endCol);
        d.text = text;
        values.push(d);
      } else {
        values.push(item);
      }
    }
    const j = new JoinedStr(NodeKind.JoinedStr, 0, 0, 0, 0);
    j.values = values;
    return copyPos<JoinedStr>(j, a.line, a.col, b.endLine, b.endCol);
  }

  // fstring_replacement_field:
  //   '{' (yield_expr | star_expressions) '='? [fstring_conversion]
  //       [fstring_full_format_spec] '}'
  //   | invalid_replacement_field
  fstringReplacementField(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LBRACE) !== null) {
      let a = this.yieldExpr();
      if (a === null && !this.err) a = this.starExpressions();
      if (a !== null) {
        const debug = this.expect(Tok.EQUAL);
        let conversion: ResultWithMetadata | null = null;
        let format: ResultWithMetadata | null = null;
        let ok = !this.err;
        if (ok) {
          const save = this.mark;
          conversion = this.fstringConversion();
          if (conversion === null) {
            if (this.err) ok = false;
            else this.mark = save;
          }
        }
        if (ok) {
          const save = this.mark;
          format = this.fstringFullFormatSpec();
          if (format === null) {
            if (this.err) ok = false;
            else this.mark = save;
          }
        }
        if (ok) {
          const rbrace = this.expect(Tok.RBRACE);
          if (rbrace !== null) return this.formattedValue(a, debug, conversion, format, rbrace, start);
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidReplacementField();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // fstring_conversion: "!" NAME
  private fstringConversion(): ResultWithMetadata | null {
    const bang = this.expect(Tok.EXCLAMATION);
    if (bang === null) return null;
    const conv = this.nameToken();
    if (conv === null) return null;
    if (bang.line != conv.line || bang.endCol != conv.col) {
      {
      this.raiseRange(
        bang.line,
        bang.col,
        conv.endLine,
        conv.endCol,
        "f-string: conversion type must come right after the exclamanation mark",
      );
      return null;
    }
    }
    return new ResultWithMetadata(conv, bang.metadata);
  }

  // fstring_full_format_spec: ':' fstring_format_spec*
  private fstringFullFormatSpec(): ResultWithMetadata | null {
    const start = this.begin();
    if (start < 0) return null;
    const colon = this.expect(Tok.COLON);
    if (colon === null) return null;
    let spec = new Array<Node>();
    for (;;) {
      const k = this.peekKind();
      if (k == Tok.FSTRING_MIDDLE) {
        const t = this.tokens[this.mark++];
        const cps = this.lx.cps;
        const r = decodeStr(cps, t.start, t.end, false);
        if (r.error !== null) {
      this.raiseSyntax(r.error!);
      return null;
    }
        const c = newConstant(ConstKind.Str);
        c.text = r.text;
        spec.push(tokenPos<Constant>(c, t));
      } else if (k == Tok.LBRACE) {
        const f = this.fstringReplacementField();
        if (f === null) break;
        spec.push(f);
      } else {
        break;
      }
    }
    if (this.err) return null;
    // Compatibility with 3.11: an empty spec is an empty JoinedStr.
    if (spec.length == 1 && isEmptyStrConstant(spec[0])) spec = [];
    const j = new JoinedStr(NodeKind.JoinedStr, 0, 0, 0, 0);
    j.values = spec;
    return new ResultWithMetadata(this.at<JoinedStr>(j, start), colon.metadata);
  }

  // CPython's _PyPegen_formatted_value.
  private formattedValue(
    expression: Node,
    debug: Token | null,
    conversion: ResultWithMetadata | null,
    format: ResultWithMetadata | null,
    rbrace: Token,
    start: i32,
  ): Node | null {
    let conversionValue = -1;
    if (conversion !== null) {
      const name = <Name>conversion.result;
      const id = name.id;
      const first = <i32>id.charCodeAt(0);
      if (id.length > 1 || !(first == 0x73 || first == 0x72 || first == 0x61)) {
        {
      this.raiseNode(
          name,
          "f-string: invalid conversion character '" + id + "': expected 's', 'r', or 'a'",
        );
      return null;
    }
      }
      conversionValue = first;
    } else if (debug !== null && format === null) {
      conversionValue = 0x72;
    }
    const fv = new FormattedValue(NodeKind.FormattedValue, 0, 0, 0, 0);
    fv.value = expression;
    fv.conversion = conversionValue;
    fv.formatSpec = format !== null ? <JoinedStr>format.result : null;
    this.at<FormattedValue>(fv, start);
    if (debug === null) return fv;
    let endLine: i32;
    let endCol: i32;
    let metadata: string | null;
    if (conversion !== null) {
      endLine = conversion.result.line;
      endCol = conversion.result.col;
      metadata = conversion.metadata;
    } else if (format !== null) {
      endLine = format.result.line;
      endCol = format.result.col + 1;
      metadata = format.metadata;
    } else {
      endLine = fv.endLine;
      endCol = fv.endCol;
      metadata = rbrace.metadata;
    }
    const text = copyPos<Constant>(newConstant(ConstKind.Str), fv.line, fv.col + 1, endLine, endCol - 1);
    text.text = metadata !== null ? metadata! : "";
    const j = new JoinedStr(NodeKind.JoinedStr, 0, 0, 0, 0);
    j.values = [text, fv];
    return copyPos<JoinedStr>(j, fv.line, fv.col, endLine, endCol);
  }

  // invalid_replacement_field (f-string diagnostics)
  private invalidReplacementField(): void {
    const start = this.mark;
    if (this.expect(Tok.LBRACE) === null) return;
    const t = this.peek();
    if (t === null) return;
    if (t.kind == Tok.EQUAL || t.kind == Tok.EXCLAMATION || t.kind == Tok.COLON || t.kind == Tok.RBRACE) {
      this.raiseToken(t, "f-string: valid expression required before '" + (t.kind == Tok.EQUAL ? "=" : t.kind == Tok.EXCLAMATION ? "!" : t.kind == Tok.COLON ? ":" : "}") + "'");
      return;
    }
    const afterBrace = this.mark;
    let a = this.yieldExpr();
    if (a === null && !this.err) a = this.starExpressions();
    if (this.err) return;
    if (a === null) {
      this.mark = afterBrace;
      this.raiseOnNextToken("f-string: expecting a valid expression after '{'");
      return;
    }
    // '{' expr !('=' | '!' | ':' | '}')
    const k = this.peekKind();
    if (this.err) return;
    if (k != Tok.EQUAL && k != Tok.EXCLAMATION && k != Tok.COLON && k != Tok.RBRACE) {
      this.raiseOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
      return;
    }
    // '{' expr '=' !('!' | ':' | '}')
    if (k == Tok.EQUAL) {
      this.mark++;
      const k2 = this.peekKind();
      if (this.err) return;
      if (k2 != Tok.EXCLAMATION && k2 != Tok.COLON && k2 != Tok.RBRACE) {
        this.raiseOnNextToken("f-string: expecting '!', or ':', or '}'");
        return;
      }
    }
    // '{' expr '='? invalid_conversion_character
    const afterDebug = this.mark;
    if (this.expect(Tok.EXCLAMATION) !== null) {
      const k3 = this.peekKind();
      if (this.err) return;
      if (k3 == Tok.COLON || k3 == Tok.RBRACE) {
        this.raiseOnNextToken("f-string: missing conversion character");
        return;
      }
      if (k3 != Tok.NAME) {
        this.raiseOnNextToken("f-string: invalid conversion character");
        return;
      }
    }
    // '{' expr '='? ['!' NAME] !(':' | '}')
    this.mark = afterDebug;
    {
      const save = this.mark;
      if (!(this.expect(Tok.EXCLAMATION) !== null && this.expect(Tok.NAME) !== null)) this.mark = save;
      if (this.err) return;
    }
    const k4 = this.peekKind();
    if (this.err) return;
    if (k4 != Tok.COLON && k4 != Tok.RBRACE) {
      this.raiseOnNextToken("f-string: expecting ':' or '}'");
      return;
    }
    // '{' expr '='? ['!' NAME] ':' fstring_format_spec* !'}'
    const beforeColon = this.mark;
    if (this.expect(Tok.COLON) !== null) {
      for (;;) {
        const k5 = this.peekKind();
        if (k5 == Tok.FSTRING_MIDDLE) {
          this.mark++;
        } else if (k5 == Tok.LBRACE) {
          const f = this.fstringReplacementField();
          if (f === null) break;
        } else {
          break;
        }
      }
      if (this.err) return;
      if (!this.check(Tok.RBRACE)) {
        if (this.err) return;
        this.raiseOnNextToken("f-string: expecting '}', or format specs");
        return;
      }
    }
    this.mark = beforeColon;
    // '{' expr '='? ['!' NAME] !'}'
    if (!this.check(Tok.RBRACE)) {
      if (this.err) return;
      this.raiseOnNextToken("f-string: expecting '}'");
      return;
    }
    this.mark = start;
  }

  // CPython's _PyPegen_concatenate_strings.
  private concatenateStrings(parts: Array<Node>, start: i32): Node | null {
    let fstringFound = false;
    let unicodeFound = false;
    let bytesFound = false;
    for (let i = 0; i < parts.length; i++) {
      const e = parts[i];
      if (e.kind == NodeKind.Constant) {
        if ((<Constant>e).constKind == ConstKind.Bytes) bytesFound = true;
        else unicodeFound = true;
      } else {
        fstringFound = true;
      }
    }
    if ((unicodeFound || fstringFound) && bytesFound) {
      {
      this.raiseSyntax("cannot mix bytes and nonbytes literals");
      return null;
    }
    }
    if (bytesFound) {
      const all = new Array<u8>();
      for (let i = 0; i < parts.length; i++) {
        const b = (<Constant>parts[i]).bytes!;
        for (let j = 0; j < b.length; j++) all.push(b[j]);
      }
      const c = newConstant(ConstKind.Bytes);
      c.bytes = all;
      return this.at<Constant>(c, start);
    }
    if (!fstringFound && parts.length == 1) return parts[0];

    const flattened = new Array<Node>();
    for (let i = 0; i < parts.length; i++) {
      const e = parts[i];
      if (e.kind == NodeKind.JoinedStr) {
        const vs = (<JoinedStr>e).values;
        for (let j = 0; j < vs.length; j++) flattened.push(vs[j]);
      } else {
        flattened.push(e);
      }
    }
    const values = new Array<Node>();
    let i = 0;
    while (i < flattened.length) {
      let e = flattened[i];
      if (e.kind == NodeKind.Constant) {
        if (i + 1 < flattened.length && flattened[i + 1].kind == NodeKind.Constant) {
          const first = <Constant>e;
          let text = "";
          let last = first;
          let j = i;
          while (j < flattened.length && flattened[j].kind == NodeKind.Constant) {
            last = <Constant>flattened[j];
            text += last.text;
            j++;
          }
          i = j - 1;
          const c = copyPos<Constant>(newConstant(ConstKind.Str), first.line, first.col, last.endLine, last.endCol);
          c.text = text;
          c.isUnicodePrefixed = first.isUnicodePrefixed;
          e = c;
        }
        if (fstringFound && (<Constant>e).text.length == 0) {
          i++;
          continue;
        }
      }
      values.push(e);
      i++;
    }
    if (!fstringFound) return values[0];
    const j = new JoinedStr(NodeKind.JoinedStr, 0, 0, 0, 0);
    j.values = values;
    return this.at<JoinedStr>(j, start);
  }

  // ---- displays and comprehensions ----

  // list: '[' [star_named_expressions] ']'
  list(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LSQB) === null) return null;
    const save = this.mark;
    let elts = this.starNamedExpressions();
    if (this.err) return null;
    if (elts === null) {
      this.mark = save;
      elts = [];
    }
    if (this.expect(Tok.RSQB) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    return this.at<Sequence>(newSequence(NodeKind.List, elts, Ctx.Load), start);
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  tuple(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LPAR) === null) return null;
    let elts = new Array<Node>();
    const save = this.mark;
    const a = this.starNamedExpression();
    if (a !== null && this.expect(Tok.COMMA) !== null) {
      elts.push(a);
      const save2 = this.mark;
      const rest = this.starNamedExpressions();
      if (this.err) return null;
      if (rest !== null) for (let i = 0; i < rest.length; i++) elts.push(rest[i]);
      else this.mark = save2;
    } else {
      if (this.err) return null;
      this.mark = save;
    }
    if (this.expect(Tok.RPAR) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Load), start);
  }

  // set: '{' star_named_expressions '}'
  set(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LBRACE) === null) return null;
    const elts = this.starNamedExpressions();
    if (elts === null || this.expect(Tok.RBRACE) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    return this.at<Sequence>(newSequence(NodeKind.Set, elts, Ctx.Load), start);
  }

  // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
  dict(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LBRACE) === null) return null;
    const save = this.mark;
    let pairs = this.doubleStarredKvpairs();
    if (this.err) return null;
    if (pairs === null) {
      this.mark = save;
      pairs = [];
    }
    if (this.expect(Tok.RBRACE) !== null) {
      const d = new DictNode(NodeKind.Dict, 0, 0, 0, 0);
      for (let i = 0; i < pairs.length; i++) {
        d.keys.push(pairs[i].key);
        d.values.push(pairs[i].value);
      }
      return this.at<DictNode>(d, start);
    }
    if (this.err) return null;
    if (this.callInvalidRules) {
      this.mark = start + 1;
      this.invalidDoubleStarredKvpairs();
      if (this.err) return null;
    }
    this.mark = start;
    return null;
  }

  // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
  private doubleStarredKvpairs(): Array<KeyValuePair> | null {
    const a = this.doubleStarredKvpair();
    if (a === null) return null;
    const out: Array<KeyValuePair> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.doubleStarredKvpair();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(b);
    }
    if (this.err) return null;
    this.expect(Tok.COMMA);
    return this.err ? null : out;
  }

  // double_starred_kvpair: '**' bitwise_or | kvpair
  private doubleStarredKvpair(): KeyValuePair | null {
    const start = this.mark;
    if (this.expect(Tok.DOUBLESTAR) !== null) {
      const a = this.bitwiseOr();
      if (a !== null) return new KeyValuePair(null, a);
      if (this.err) return null;
    }
    this.mark = start;
    return this.kvpair();
  }

  // kvpair: expression ':' expression
  private kvpair(): KeyValuePair | null {
    const start = this.mark;
    const a = this.expression();
    if (a === null) return null;
    if (this.expect(Tok.COLON) !== null) {
      const b = this.expression();
      if (b !== null) return new KeyValuePair(a, b);
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // invalid_double_starred_kvpairs:
  //   | ','.double_starred_kvpair+ ',' invalid_kvpair
  //   | expression ':' '*' bitwise_or
  //   | expression ':' &('}'|',')
  private invalidDoubleStarredKvpairs(): void {
    const start = this.mark;
    {
      const a = this.doubleStarredKvpair();
      if (a !== null) {
        for (;;) {
          const save = this.mark;
          if (this.expect(Tok.COMMA) === null) break;
          const b = this.doubleStarredKvpair();
          if (b === null) {
            if (this.err) return;
            this.mark = save;
            break;
          }
        }
        if (this.err) return;
        if (this.expect(Tok.COMMA) !== null) {
          this.invalidKvpair();
          if (this.err) return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    const e = this.expression();
    if (e !== null) {
      const colon = this.expect(Tok.COLON);
      if (colon !== null) {
        const afterColon = this.mark;
        const star = this.expect(Tok.STAR);
        if (star !== null) {
          const b = this.bitwiseOr();
          if (b !== null) {
            this.raiseStartingFrom(star.line, star.col, "cannot use a starred expression in a dictionary value");
            return;
          }
        }
        if (this.err) return;
        this.mark = afterColon;
        const k = this.peekKind();
        if (this.err) return;
        if (k == Tok.RBRACE || k == Tok.COMMA) {
          this.raiseToken(colon, "expression expected after dictionary key and ':'");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
  }

  // invalid_kvpair:
  //   | expression !(':')
  //   | expression ':' '*' bitwise_or
  //   | expression ':' &('}'|',')
  private invalidKvpair(): void {
    const start = this.mark;
    const a = this.expression();
    if (a === null) return;
    if (!this.check(Tok.COLON)) {
      if (this.err) return;
      this.raiseKnown(ErrorKind.SyntaxError, "':' expected after dictionary key", a.line, a.endCol - 1, a.endLine, -1);
      return;
    }
    const colon = this.expect(Tok.COLON)!;
    const afterColon = this.mark;
    const star = this.expect(Tok.STAR);
    if (star !== null) {
      const b = this.bitwiseOr();
      if (b !== null) {
        this.raiseStartingFrom(star.line, star.col, "cannot use a starred expression in a dictionary value");
        return;
      }
      if (this.err) return;
    }
    this.mark = afterColon;
    const k = this.peekKind();
    if (this.err) return;
    if (k == Tok.RBRACE || k == Tok.COMMA) {
      this.raiseToken(colon, "expression expected after dictionary key and ':'");
      return;
    }
    this.mark = start;
  }

  // for_if_clauses: for_if_clause+
  forIfClauses(): Array<Comprehension> | null {
    const out = new Array<Comprehension>();
    for (;;) {
      const c = this.forIfClause();
      if (c === null) break;
      out.push(c);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // for_if_clause:
  //   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //   | invalid_for_target
  private forIfClause(): Comprehension | null {
    const start = this.mark;
    const isAsync = this.expect(Tok.ASYNC) !== null;
    if (this.expect(Tok.FOR) !== null) {
      const target = this.starTargets();
      if (target !== null && this.expect(Tok.IN) !== null) {
        const iter = this.disjunction();
        if (iter === null) {
          // Past the cut (~): no other alternative, not even invalid_for_target.
          if (!this.err) this.mark = start;
          return null;
        }
        const comp = new Comprehension(target, iter);
        comp.isAsync = isAsync;
        for (;;) {
          const save = this.mark;
          if (this.expect(Tok.IF) === null) break;
          const c = this.disjunction();
          if (c === null) {
            if (this.err) return null;
            this.mark = save;
            break;
          }
          comp.ifs.push(c);
        }
        if (this.err) return null;
        return comp;
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidForTarget();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // invalid_for_target: ASYNC? 'for' star_expressions
  invalidForTarget(): void {
    const start = this.mark;
    this.expect(Tok.ASYNC);
    if (this.expect(Tok.FOR) !== null) {
      const a = this.starExpressions();
      if (a !== null) {
        const bad = invalidTarget(a, TargetsType.FOR_TARGETS);
        if (bad !== null) this.raiseNode(bad, "cannot assign to " + exprName(bad));
        return;
      }
    }
    if (!this.err) this.mark = start;
  }

  // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  listcomp(): Node | null {
    return this.comprehension(Tok.LSQB, Tok.RSQB, NodeKind.ListComp);
  }

  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  setcomp(): Node | null {
    return this.comprehension(Tok.LBRACE, Tok.RBRACE, NodeKind.SetComp);
  }

  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  //   | invalid_comprehension
  genexp(): Node | null {
    return this.comprehension(Tok.LPAR, Tok.RPAR, NodeKind.GeneratorExp);
  }

  private comprehension(open: Tok, close: Tok, kind: NodeKind): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(open) !== null) {
      let elt: Node | null;
      if (kind == NodeKind.GeneratorExp) {
        elt = this.assignmentExpression();
        if (elt === null && !this.err) {
          elt = this.expression();
          if (elt !== null && this.check(Tok.COLONEQUAL)) elt = null;
        }
      } else {
        elt = this.namedExpression();
      }
      if (elt !== null) {
        const gens = this.forIfClauses();
        if (gens !== null && this.expect(close) !== null) {
          const c = new Comp(kind, 0, 0, 0, 0);
          c.elt = elt;
          c.generators = gens;
          return this.at<Comp>(c, start);
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidComprehension();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // invalid_comprehension:
  //   | ('[' | '(' | '{') starred_expression for_if_clauses
  //   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
  //   | ('[' | '{') star_named_expression ',' for_if_clauses
  private invalidComprehension(): void {
    const start = this.mark;
    const open = this.peekKind();
    if (open != Tok.LSQB && open != Tok.LPAR && open != Tok.LBRACE) return;
    this.mark++;
    const a = this.starredExpression();
    if (a !== null) {
      const g = this.forIfClauses();
      if (g !== null) {
        this.raiseNode(a, "iterable unpacking cannot be used in comprehension");
        return;
      }
    }
    if (this.err) return;
    this.mark = start;
    if (open == Tok.LPAR) return;
    this.mark++;
    const b = this.starNamedExpression();
    if (b !== null) {
      const comma = this.expect(Tok.COMMA);
      if (comma !== null) {
        const afterComma = this.mark;
        const rest = this.starNamedExpressions();
        if (rest !== null) {
          const g = this.forIfClauses();
          if (g !== null) {
            const last = rest[rest.length - 1];
            this.raiseRange(b.line, b.col, last.endLine, last.endCol, "did you forget parentheses around the comprehension target?");
            return;
          }
        }
        if (this.err) return;
        this.mark = afterComma;
        const g = this.forIfClauses();
        if (g !== null) {
          this.raiseRange(b.line, b.col, comma.endLine, comma.endCol, "did you forget parentheses around the comprehension target?");
          return;
        }
      }
    }
    if (this.err) return;
    this.mark = start;
  }

  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  dictcomp(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LBRACE) !== null) {
      const kv = this.kvpair();
      if (kv !== null) {
        const gens = this.forIfClauses();
        if (gens !== null && this.expect(Tok.RBRACE) !== null) {
          const d = new DictComp(NodeKind.DictComp, 0, 0, 0, 0);
          d.key = kv.key!;
          d.value = kv.value;
          d.generators = gens;
          return this.at<DictComp>(d, start);
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if (this.expect(Tok.LBRACE) !== null) {
        const s = this.expect(Tok.DOUBLESTAR);
        if (s !== null) {
          const b = this.bitwiseOr();
          if (b !== null) {
            const g = this.forIfClauses();
            if (g !== null && this.expect(Tok.RBRACE) !== null) {
              this.raiseToken(s, "dict unpacking cannot be used in dict comprehension");
              return null;
            }
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // ---- call arguments ----

  // arguments (memo): args [','] &')' | invalid_arguments
  arguments(): CallArgs | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.ARGUMENTS);
    if (m !== null) {
      this.mark = m.end;
      return m.node !== null ? <CallArgs>m.node : null;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: CallArgs | null = null;
    const a = this.args();
    if (a !== null) {
      this.expect(Tok.COMMA);
      if (this.check(Tok.RPAR)) res = a;
    }
    if (this.err) return null;
    if (res === null) {
      this.mark = start;
      if (this.callInvalidRules) {
        this.invalidArguments();
        if (this.err) return null;
        this.mark = start;
      }
    }
    this.memoPut(Rule.ARGUMENTS, start, res);
    return res;
  }

  // The positional part of args: starred_expression
  //   | (assignment_expression | expression !':=') !'='
  private positionalArg(): Node | null {
    const start = this.mark;
    const s = this.starredExpression();
    if (s !== null) return s;
    if (this.err) return null;
    this.mark = start;
    let e = this.assignmentExpression();
    if (e === null && !this.err) {
      e = this.expression();
      if (e !== null && this.check(Tok.COLONEQUAL)) e = null;
    }
    if (e !== null && !this.check(Tok.EQUAL)) return this.err ? null : e;
    if (!this.err) this.mark = start;
    return null;
  }

  // args: ','.(positional)+ [',' kwargs] | kwargs
  args(): CallArgs | null {
    const start = this.begin();
    if (start < 0) return null;
    const positional = new Array<Node>();
    const a = this.positionalArg();
    if (a !== null) {
      positional.push(a);
      for (;;) {
        const save = this.mark;
        if (this.expect(Tok.COMMA) === null) break;
        const b = this.positionalArg();
        if (b === null) {
          if (this.err) return null;
          this.mark = save;
          break;
        }
        positional.push(b);
      }
      if (this.err) return null;
      const save = this.mark;
      let kw: Array<KeywordOrStarred> | null = null;
      if (this.expect(Tok.COMMA) !== null) {
        kw = this.kwargs();
        if (kw === null) {
          if (this.err) return null;
          this.mark = save;
        }
      }
      if (this.err) return null;
      const call = new CallArgs(NodeKind.Call, 0, 0, 0, 0);
      call.args = positional;
      if (kw !== null) {
        for (let i = 0; i < kw.length; i++) {
          if (kw[i].starred !== null) positional.push(kw[i].starred!);
        }
        for (let i = 0; i < kw.length; i++) {
          if (kw[i].keyword !== null) call.keywords.push(kw[i].keyword!);
        }
      }
      return this.at<CallArgs>(call, start);
    }
    if (this.err) return null;
    this.mark = start;
    const kw = this.kwargs();
    if (kw === null) return null;
    const call = new CallArgs(NodeKind.Call, 0, 0, 0, 0);
    for (let i = 0; i < kw.length; i++) {
      if (kw[i].starred !== null) call.args.push(kw[i].starred!);
    }
    for (let i = 0; i < kw.length; i++) {
      if (kw[i].keyword !== null) call.keywords.push(kw[i].keyword!);
    }
    return this.at<CallArgs>(call, start);
  }

  // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
  //   | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
  private kwargs(): Array<KeywordOrStarred> | null {
    const start = this.mark;
    const first = this.gatherKwargs(false);
    if (first !== null) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) !== null) {
        const second = this.gatherKwargs(true);
        if (second !== null) {
          for (let i = 0; i < second.length; i++) first.push(second[i]);
          return first;
        }
        if (this.err) return null;
      }
      if (this.err) return null;
      this.mark = save;
      return first;
    }
    if (this.err) return null;
    this.mark = start;
    return this.gatherKwargs(true);
  }

  private gatherKwargs(doubleStarred: bool): Array<KeywordOrStarred> | null {
    const a = this.kwargOr(doubleStarred);
    if (a === null) return null;
    const out: Array<KeywordOrStarred> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.kwargOr(doubleStarred);
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(b);
    }
    return this.err ? null : out;
  }

  // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
  // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
  private kwargOr(doubleStarred: bool): KeywordOrStarred | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidKwarg();
      if (this.err) return null;
      this.mark = start;
    }
    const name = this.expect(Tok.NAME);
    if (name !== null && this.expect(Tok.EQUAL) !== null) {
      const v = this.expression();
      if (v !== null) {
        const k = new Keyword(this.text(name), v, 0, 0, 0, 0);
        this.keywordPos(k, start);
        return new KeywordOrStarred(k, null);
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (!doubleStarred) {
      const s = this.starredExpression();
      if (s !== null) return new KeywordOrStarred(null, s);
      return null;
    }
    if (this.expect(Tok.DOUBLESTAR) !== null) {
      const v = this.expression();
      if (v !== null) {
        const k = new Keyword(null, v, 0, 0, 0, 0);
        this.keywordPos(k, start);
        return new KeywordOrStarred(k, null);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  private keywordPos(k: Keyword, start: i32): void {
    const s = unchecked(this.tokens[start]);
    const e = this.lastNonWhitespaceToken();
    k.line = s.line;
    k.col = s.col;
    k.endLine = e.endLine;
    k.endCol = e.endCol;
  }

  // invalid_kwarg:
  //   | ('True'|'False'|'None') '='
  //   | NAME '=' expression for_if_clauses
  //   | !(NAME '=') expression '='
  //   | '**' expression '=' expression
  private invalidKwarg(): void {
    const start = this.mark;
    const t = this.peek();
    if (t === null) return;
    if (t.kind == Tok.TRUE || t.kind == Tok.FALSE || t.kind == Tok.NONE) {
      this.mark++;
      const eq = this.expect(Tok.EQUAL);
      if (eq !== null) {
        this.raiseRange(t.line, t.col, eq.endLine, eq.endCol, "cannot assign to " + this.text(t));
        return;
      }
      if (this.err) return;
      this.mark = start;
    }
    if (t.kind == Tok.NAME) {
      this.mark++;
      const eq = this.expect(Tok.EQUAL);
      if (eq !== null) {
        const e = this.expression();
        if (e !== null) {
          const g = this.forIfClauses();
          if (g !== null) {
            this.raiseRange(t.line, t.col, eq.endLine, eq.endCol, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
          }
        }
      }
      if (this.err) return;
      this.mark = start;
    }
    // !(NAME '=') expression '='
    let nameEq = false;
    if (t.kind == Tok.NAME) {
      const u = this.peekSecond();
      if (this.err) return;
      nameEq = u !== null && u.kind == Tok.EQUAL;
    }
    if (!nameEq) {
      const a = this.expression();
      if (a !== null) {
        const eq = this.expect(Tok.EQUAL);
        if (eq !== null) {
          this.raiseRange(a.line, a.col, eq.endLine, eq.endCol, 'expression cannot contain assignment, perhaps you meant "=="?');
          return;
        }
      }
      if (this.err) return;
      this.mark = start;
    }
    const ds = this.expect(Tok.DOUBLESTAR);
    if (ds !== null) {
      const e = this.expression();
      if (e !== null && this.expect(Tok.EQUAL) !== null) {
        const b = this.expression();
        if (b !== null) {
          this.raiseRange(ds.line, ds.col, b.endLine, b.endCol, "cannot assign to keyword argument unpacking");
          return;
        }
      }
    }
    if (!this.err) this.mark = start;
  }

  // invalid_arguments:
  //   | a=args ',' '*'
  //   | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  //   | a=NAME b='=' expression for_if_clauses
  //   | (args ',')? a=NAME b='=' &(',' | ')')
  //   | a=args b=for_if_clauses
  //   | args ',' a=expression b=for_if_clauses
  //   | a=args ',' args
  private invalidArguments(): void {
    const start = this.mark;
    // ((','.(positional)+ ',' kwargs) | kwargs) ',' b='*'
    {
      let ok = false;
      const a = this.positionalArg();
      if (a !== null) {
        for (;;) {
          const save = this.mark;
          if (this.expect(Tok.COMMA) === null) break;
          if (this.positionalArg() === null) {
            if (this.err) return;
            this.mark = save;
            break;
          }
        }
        if (this.err) return;
        ok = this.expect(Tok.COMMA) !== null && this.kwargs() !== null;
      }
      if (this.err) return;
      if (!ok) {
        this.mark = start;
        ok = this.kwargs() !== null;
      }
      if (this.err) return;
      if (ok && this.expect(Tok.COMMA) !== null) {
        const b = this.expect(Tok.STAR);
        if (b !== null) {
          this.raiseToken(b, "iterable argument unpacking follows keyword argument unpacking");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const a = this.expression();
      if (a !== null) {
        const b = this.forIfClauses();
        if (b !== null && this.expect(Tok.COMMA) !== null) {
          const save = this.mark;
          const x = this.args();
          if (x === null) {
            if (this.err) return;
            this.mark = save;
            const y = this.expression();
            if (y !== null) {
              if (this.forIfClauses() === null) this.mark = save;
            } else {
              this.mark = save;
            }
            if (this.err) return;
          }
          const last = lastComprehensionItem(b[b.length - 1]);
          this.raiseRange(a.line, a.col, last.endLine, last.endCol, "Generator expression must be parenthesized");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const n = this.expect(Tok.NAME);
      if (n !== null) {
        const eq = this.expect(Tok.EQUAL);
        if (eq !== null) {
          const e = this.expression();
          if (e !== null && this.forIfClauses() !== null) {
            this.raiseRange(n.line, n.col, eq.endLine, eq.endCol, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
          }
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const save = this.mark;
      const x = this.args();
      if (x === null || this.expect(Tok.COMMA) === null) {
        if (this.err) return;
        this.mark = save;
      }
      const n = this.expect(Tok.NAME);
      if (n !== null) {
        const eq = this.expect(Tok.EQUAL);
        if (eq !== null) {
          const k = this.peekKind();
          if (this.err) return;
          if (k == Tok.COMMA || k == Tok.RPAR) {
            this.raiseRange(n.line, n.col, eq.endLine, eq.endCol, "expected argument value expression");
            return;
          }
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const a = this.args();
      if (a !== null) {
        const b = this.forIfClauses();
        if (b !== null) {
          // _PyPegen_nonparen_genexp_in_call
          const n = a.args.length;
          if (n <= 1) return;
          const last = lastComprehensionItem(b[b.length - 1]);
          const arg = a.args[n - 1];
          this.raiseRange(arg.line, arg.col, last.endLine, last.endCol, "Generator expression must be parenthesized");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const x = this.args();
      if (x !== null && this.expect(Tok.COMMA) !== null) {
        const a = this.expression();
        if (a !== null) {
          const b = this.forIfClauses();
          if (b !== null) {
            const last = lastComprehensionItem(b[b.length - 1]);
            this.raiseRange(a.line, a.col, last.endLine, last.endCol, "Generator expression must be parenthesized");
            return;
          }
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    {
      const a = this.args();
      if (a !== null && this.expect(Tok.COMMA) !== null) {
        const b = this.args();
        if (b !== null) {
          let unpacking = false;
          for (let i = 0; i < a.keywords.length; i++) if (a.keywords[i].arg === null) unpacking = true;
          this.raiseSyntax(
            unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument",
          );
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // starred_expression: invalid_starred_expression | '*' expression
  starredExpression(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      // invalid_starred_expression: '*' expression '=' expression
      const star = this.expect(Tok.STAR);
      if (star !== null && this.expression() !== null && this.expect(Tok.EQUAL) !== null) {
        const b = this.expression();
        if (b !== null) {
          this.raiseRange(star.line, star.col, b.endLine, b.endCol, "cannot assign to iterable argument unpacking");
          return null;
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.STAR) === null) return null;
    const a = this.expression();
    if (a === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    return this.at<Starred>(newStarred(a, Ctx.Load), start);
  }

  // ---- assignment targets ----

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  starTargets(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.starTarget();
    if (a === null) return null;
    if (!this.check(Tok.COMMA)) return this.err ? null : a;
    const elts: Array<Node> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.starTarget();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(b);
    }
    if (this.err) return null;
    this.expect(Tok.COMMA);
    if (this.err) return null;
    return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Store), start);
  }

  // star_targets_list_seq: ','.star_target+ [',']
  private starTargetsListSeq(): Array<Node> | null {
    const a = this.starTarget();
    if (a === null) return null;
    const elts: Array<Node> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.starTarget();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      elts.push(b);
    }
    if (this.err) return null;
    this.expect(Tok.COMMA);
    return this.err ? null : elts;
  }

  // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
  private starTargetsTupleSeq(): Array<Node> | null {
    const start = this.mark;
    const elts = this.starTargetsListSeq();
    if (elts === null) return null;
    if (elts.length == 1 && unchecked(this.tokens[this.mark - 1]).kind != Tok.COMMA) {
      this.mark = start;
      return null;
    }
    return elts;
  }

  // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
  starTarget(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.STAR_TARGET);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    if (!this.enter()) return null;
    let res: Node | null = null;
    if (this.expect(Tok.STAR) !== null) {
      if (!this.check(Tok.STAR)) {
        const a = this.starTarget();
        if (a !== null) res = this.at<Starred>(newStarred(setExprContext(a, Ctx.Store), Ctx.Store), start);
      }
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.targetWithStarAtom();
    }
    this.leave();
    if (this.err) return null;
    this.memoPut(Rule.STAR_TARGET, start, res);
    return res;
  }

  // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
  //   | t_primary '[' slices ']' !t_lookahead | star_atom
  private targetWithStarAtom(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.TARGET_WITH_STAR_ATOM);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.subscriptAttributeTarget(Ctx.Store);
    if (res === null && !this.err) {
      this.mark = start;
      res = this.starAtom();
    }
    if (this.err) return null;
    this.memoPut(Rule.TARGET_WITH_STAR_ATOM, start, res);
    return res;
  }

  // t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with `ctx`.
  subscriptAttributeTarget(ctx: Ctx): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const value = this.tPrimary();
    if (value === null) return null;
    const afterPrimary = this.mark;
    if (this.expect(Tok.DOT) !== null) {
      const name = this.expect(Tok.NAME);
      if (name !== null && !this.tLookahead()) {
        if (this.err) return null;
        const n = new Attribute(NodeKind.Attribute, 0, 0, 0, 0);
        n.value = value;
        n.attr = this.text(name);
        n.ctx = ctx;
        return this.at<Attribute>(n, start);
      }
    }
    if (this.err) return null;
    this.mark = afterPrimary;
    if (this.expect(Tok.LSQB) !== null) {
      const s = this.slices();
      if (s !== null && this.expect(Tok.RSQB) !== null && !this.tLookahead()) {
        if (this.err) return null;
        const n = new Subscript(NodeKind.Subscript, 0, 0, 0, 0);
        n.value = value;
        n.slice = s;
        n.ctx = ctx;
        return this.at<Subscript>(n, start);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
  //   | '[' [star_targets_list_seq] ']'
  private starAtom(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NAME) {
      this.mark++;
      return tokenPos<Name>(newName(this.text(t), Ctx.Store), t);
    }
    if (t.kind == Tok.LPAR) {
      this.mark++;
      const a = this.targetWithStarAtom();
      if (a !== null && this.expect(Tok.RPAR) !== null) return setExprContext(a, Ctx.Store);
      if (this.err) return null;
      this.mark = start + 1;
      let elts = this.starTargetsTupleSeq();
      if (this.err) return null;
      if (elts === null) {
        this.mark = start + 1;
        elts = [];
      }
      if (this.expect(Tok.RPAR) !== null) {
        return this.at<Sequence>(newSequence(NodeKind.Tuple, elts, Ctx.Store), start);
      }
      if (!this.err) this.mark = start;
      return null;
    }
    if (t.kind == Tok.LSQB) {
      this.mark++;
      let elts = this.starTargetsListSeq();
      if (this.err) return null;
      if (elts === null) {
        this.mark = start + 1;
        elts = [];
      }
      if (this.expect(Tok.RSQB) !== null) {
        return this.at<Sequence>(newSequence(NodeKind.List, elts, Ctx.Store), start);
      }
      if (!this.err) this.mark = start;
      return null;
    }
    return null;
  }

  // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
  singleTarget(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.subscriptAttributeTarget(Ctx.Store);
    if (a !== null || this.err) return a;
    this.mark = start;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NAME) {
      this.mark++;
      return tokenPos<Name>(newName(this.text(t), Ctx.Store), t);
    }
    if (t.kind == Tok.LPAR) {
      this.mark++;
      if (!this.enter()) return null;
      const b = this.singleTarget();
      this.leave();
      if (b !== null && this.expect(Tok.RPAR) !== null) return b;
      if (!this.err) this.mark = start;
    }
    return null;
  }

  // t_primary (left-recursive, memo): its result must be followed by '(' '[' or '.'
  tPrimary(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.T_PRIMARY);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.atom();
    if (res !== null && !this.tLookahead()) {
      res = null;
      if (!this.err) this.mark = start;
    }
    const depthAtStart = this.depth;
    while (res !== null && this.enter()) {
      const next = this.primaryTrailer(res, start, true);
      if (next === null) break;
      res = next;
    }
    this.depth = depthAtStart;
    if (this.err) return null;
    if (res === null) this.mark = start;
    this.memoPut(Rule.T_PRIMARY, start, res);
    return res;
  }

  // del_targets: ','.del_target+ [',']
  delTargets(): Array<Node> | null {
    const a = this.delTarget();
    if (a === null) return null;
    const out: Array<Node> = [a];
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.COMMA) === null) break;
      const b = this.delTarget();
      if (b === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(b);
    }
    if (this.err) return null;
    this.expect(Tok.COMMA);
    return this.err ? null : out;
  }

  // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
  //   | del_t_atom
  private delTarget(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.DEL_TARGET);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    if (!this.enter()) return null;
    let res = this.subscriptAttributeTarget(Ctx.Del);
    if (res === null && !this.err) {
      this.mark = start;
      res = this.delTAtom();
    }
    this.leave();
    if (this.err) return null;
    this.memoPut(Rule.DEL_TARGET, start, res);
    return res;
  }

  // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
  private delTAtom(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NAME) {
      this.mark++;
      return tokenPos<Name>(newName(this.text(t), Ctx.Del), t);
    }
    if (t.kind == Tok.LPAR || t.kind == Tok.LSQB) {
      const close = t.kind == Tok.LPAR ? Tok.RPAR : Tok.RSQB;
      this.mark++;
      if (t.kind == Tok.LPAR) {
        const a = this.delTarget();
        if (a !== null && this.expect(Tok.RPAR) !== null) return setExprContext(a, Ctx.Del);
        if (this.err) return null;
        this.mark = start + 1;
      }
      let elts = this.delTargets();
      if (this.err) return null;
      if (elts === null) {
        this.mark = start + 1;
        elts = [];
      }
      if (this.expect(close) !== null) {
        return this.at<Sequence>(newSequence(t.kind == Tok.LPAR ? NodeKind.Tuple : NodeKind.List, elts, Ctx.Del), start);
      }
      if (!this.err) this.mark = start;
    }
    return null;
  }
}

function isBaseLetter(c: i32): bool {
  c |= 0x20;
  return c == 0x78 || c == 0x6f || c == 0x62;
}

// CPython's _PyPegen_get_last_comprehension_item.
function lastComprehensionItem(c: Comprehension): Node {
  if (c.ifs.length == 0) return c.iter;
  return c.ifs[c.ifs.length - 1];
}
