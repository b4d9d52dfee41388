// Parser machinery shared by the grammar files (expressions.ts, statements.ts): the token
// buffer filled lazily from the lexer, backtracking by resetting `mark`, per-position
// memoisation of selected rules, the recursion guard, and SyntaxError construction with
// CPython's exact location rules (Parser/pegen.c and pegen_errors.c).
//
// Invariants:
// - tokens[0, fill) are the tokens fetched so far; `mark` <= fill is the current position.
// - Once `err` is set every rule returns null without consuming input; `error` holds the
//   SyntaxError (it may be null only while a rule is merely failing).
// - The first pass runs with callInvalidRules = false; only if it fails does a second
//   pass run with the invalid_* rules enabled, exactly as CPython does.
import { Lexer, E_OK, E_EOF, E_TABSPACE, E_TOODEEP, E_DEDENT, E_LINECONT } from "../lexer/lexer";
import { Tok, Token } from "../lexer/token";
import { normalizeIdentifier } from "../lexer/chars";
import { Node } from "./ast";

export const enum ParseMode {
  Exec = 0,
  Eval = 1,
  Single = 2,
}

export const enum ErrorKind {
  SyntaxError = 0,
  IndentationError = 1,
  TabError = 2,
}

// A SyntaxError as CPython reports it: col/endCol are SyntaxError.offset/end_offset
// (1-based, in code points); endCol may be 0 or -1 where CPython's is. A missing location
// (CPython's None) is reported as line 0, col 0, endLine 0, endCol 0.
export class SyntaxErrorInfo {
  constructor(
    public kind: i32,
    public msg: string,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

class Memo {
  constructor(
    public node: Node | null,
    public end: i32,
  ) {}
}

// Rule ids for memoisation.
export const enum Rule {
  EXPRESSION,
  DISJUNCTION,
  CONJUNCTION,
  INVERSION,
  FACTOR,
  AWAIT_PRIMARY,
  STAR_EXPRESSION,
  STAR_TARGET,
  TARGET_WITH_STAR_ATOM,
  DEL_TARGET,
  SIMPLE_STMT,
  BLOCK,
  ARGUMENTS,
  IMPORT_STMT,
  CLOSED_PATTERN,
  STAR_PATTERN,
  INVALID_NAMED_EXPRESSION,
  STRINGS,
  BITWISE_OR,
  PRIMARY,
  T_PRIMARY,
  COUNT,
}

// Deepest nesting of guarded rules (and of left-nested AST chains) before giving up
// with a SyntaxError instead of exhausting the wasm stack; CPython's MAXSTACK and its
// AST recursion limit play the same role. Consumers of the AST can rely on its depth
// staying below a few thousand levels.
export const MAX_DEPTH: i32 = 3000;

// CPython's CURRENT_POS: "use the tokenizer's current position".
export const CURRENT_POS: i32 = -5;

export class ParserCore {
  tokens: Array<Token> = [];
  fill: i32 = 0;
  mark: i32 = 0;
  err: bool = false;
  error: SyntaxErrorInfo | null = null;
  callInvalidRules: bool = false;
  depth: i32 = 0;
  memo: Map<i32, Memo> = new Map<i32, Memo>();
  parsingStarted: bool = false;
  knownErrToken: Token | null = null;

  constructor(
    public lx: Lexer,
    public mode: ParseMode,
  ) {}

  // ---- tokens ----

  // Fetches one more token (CPython's _PyPegen_fill_token). False after an error.
  fillToken(): bool {
    const t = this.lx.next();
    if (this.mode == ParseMode.Single && t.kind == Tok.ENDMARKER && this.parsingStarted) {
      // Interactive input ends its last statement with an implied NEWLINE and DEDENTs.
      t.kind = Tok.NEWLINE;
      this.parsingStarted = false;
      if (this.lx.indent) {
        this.lx.pendin = -this.lx.indent;
        this.lx.indent = 0;
      }
    } else {
      this.parsingStarted = true;
    }
    this.tokens.push(t);
    this.fill++;
    if (t.kind == Tok.ERRORTOKEN) {
      this.tokenizerError();
      return false;
    }
    return true;
  }

  // Token at `mark`, fetched if needed; null after an error.
  peek(): Token | null {
    if (this.err) return null;
    if (this.mark == this.fill) {
      if (!this.fillToken()) {
        this.err = true;
        return null;
      }
    }
    return unchecked(this.tokens[this.mark]);
  }

  peekKind(): i32 {
    const t = this.peek();
    return t === null ? -1 : <i32>t.kind;
  }

  expect(kind: Tok): Token | null {
    const t = this.peek();
    if (t === null || t.kind != kind) return null;
    this.mark++;
    return t;
  }

  check(kind: Tok): bool {
    const t = this.peek();
    return t !== null && t.kind == kind;
  }

  // Positive lookahead on a token kind, at `mark` (does not consume).
  lookahead(kind: Tok): bool {
    return this.check(kind);
  }

  // Token at mark + 1 (fetching), for two-token lookaheads; null if none.
  peekSecond(): Token | null {
    const save = this.mark;
    const t = this.peek();
    if (t === null) return null;
    this.mark++;
    const u = this.peek();
    this.mark = save;
    return u;
  }

  // Token text; NAME tokens give the identifier (normalised as CPython does).
  text(t: Token): string {
    const s = this.lx.tokenText(t);
    return t.kind == Tok.NAME ? normalizeIdentifier(s) : s;
  }

  // Token text exactly as written (soft keywords are matched on this).
  rawText(t: Token): string {
    return this.lx.tokenText(t);
  }

  expectSoftKeyword(word: string): Token | null {
    const t = this.peek();
    if (t === null || t.kind != Tok.NAME) return null;
    if (this.rawText(t) != word) return null;
    this.mark++;
    return t;
  }

  // CPython's SOFT_KEYWORD token test compares only as many characters as the token has
  // (strncmp with the token's length), so any prefix of a soft keyword ("c", "ma", "t")
  // counts as one; invalid_expression depends on that.
  isSoftKeywordToken(t: Token): bool {
    if (t.kind != Tok.NAME) return false;
    const s = this.rawText(t);
    return "_".startsWith(s) || "case".startsWith(s) || "match".startsWith(s) || "type".startsWith(s);
  }

  // `&&'x'`: the token must be there, otherwise a SyntaxError right away.
  expectForced(kind: Tok, spelling: string): Token | null {
    const t = this.peek();
    if (t === null) return null;
    if (t.kind != kind) {
      this.raiseAt(ErrorKind.SyntaxError, "expected '" + spelling + "'", t.line, t.col + 1, t.endLine, t.endCol + 1);
      return null;
    }
    this.mark++;
    return t;
  }

  // Last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER: a node ends there.
  lastNonWhitespaceToken(): Token {
    let t = unchecked(this.tokens[0]);
    for (let m = this.mark - 1; m >= 0; m--) {
      t = unchecked(this.tokens[m]);
      const k = t.kind;
      if (k != Tok.ENDMARKER && (k < Tok.NEWLINE || k > Tok.DEDENT)) break;
    }
    return t;
  }

  // Start of a rule that builds a node: makes sure the token at `mark` is fetched
  // (CPython does this in every rule with positions). Returns -1 after an error.
  begin(): i32 {
    if (this.err) return -1;
    if (this.mark == this.fill) {
      if (!this.fillToken()) {
        this.err = true;
        return -1;
      }
    }
    return this.mark;
  }

  at<T extends Node>(n: T, start: i32): T {
    const s = unchecked(this.tokens[start]);
    n.line = s.line;
    n.col = s.col;
    const e = this.lastNonWhitespaceToken();
    n.endLine = e.endLine;
    n.endCol = e.endCol;
    return n;
  }

  // ---- memo and recursion guard ----

  memoGet(rule: Rule): Memo | null {
    const key = this.mark * <i32>Rule.COUNT + <i32>rule;
    if (!this.memo.has(key)) return null;
    return this.memo.get(key);
  }

  memoPut(rule: Rule, start: i32, node: Node | null): void {
    this.memo.set(start * <i32>Rule.COUNT + <i32>rule, new Memo(node, this.mark));
  }

  // Counts one more level of nesting (a recursive rule, or one more link of a
  // left-nested chain such as a.b.c or a + b + c, which nests the AST just as deeply).
  enter(): bool {
    if (this.err) return false;
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      const t = this.mark < this.fill ? unchecked(this.tokens[this.mark]) : unchecked(this.tokens[this.fill - 1]);
      this.raiseAt(
        ErrorKind.SyntaxError,
        "too many nested expressions: Python source too complex to parse",
        t.line,
        t.col + 1,
        t.endLine,
        t.endCol + 1,
      );
      return false;
    }
    return true;
  }

  leave(): void {
    this.depth--;
  }

  // ---- errors ----

  // Length of the text CPython uses as the error line, which caps reported offsets.
  private errorLineLength(line: i32): i32 {
    const lx = this.lx;
    if (lx.lineno <= line && lx.inp > lx.buf) return lx.inp - lx.buf;
    const len = lx.lineLength(line);
    // A line taken from the whole source excludes its newline.
    if (len > 0 && line >= 1 && lx.charAt(lx.lineStartOf(line) + len - 1) == 0x0a) return len - 1;
    return len;
  }

  // CPython's _PyPegen_raise_error_known_location: col/endCol are already 1-based (or
  // CURRENT_POS).
  raiseAt(kind: i32, msg: string, line: i32, col: i32, endLine: i32, endCol: i32): void {
    this.err = true;
    if (endLine == CURRENT_POS) endLine = this.lx.lineno;
    if (endCol == CURRENT_POS) endCol = this.lx.cur - this.lx.lineStart;
    const len = this.errorLineLength(line);
    let colNumber = col;
    if (colNumber > len + 1) colNumber = len + 1;
    if (colNumber < 0) colNumber = 0;
    let endColNumber = endCol;
    if (endCol > 0 && endCol > len + 1) endColNumber = len + 1;
    this.error = new SyntaxErrorInfo(kind, msg, line, colNumber, endLine, endColNumber);
  }

  // RAISE_ERROR_KNOWN_LOCATION with 0-based columns (-1 allowed for "none").
  raiseKnown(kind: i32, msg: string, line: i32, col0: i32, endLine: i32, endCol0: i32): void {
    const col = col0 == CURRENT_POS ? CURRENT_POS : col0 + 1;
    const endCol = endCol0 == CURRENT_POS ? CURRENT_POS : endCol0 + 1;
    this.raiseAt(kind, msg, line, col, endLine, endCol);
  }

  // RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)
  raiseNode(n: Node, msg: string): void {
    this.raiseKnown(ErrorKind.SyntaxError, msg, n.line, n.col, n.endLine, n.endCol);
  }

  raiseToken(t: Token, msg: string): void {
    this.raiseKnown(ErrorKind.SyntaxError, msg, t.line, t.col, t.endLine, t.endCol);
  }

  // RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) with explicit coordinates.
  raiseRange(line: i32, col: i32, endLine: i32, endCol: i32, msg: string): void {
    this.raiseKnown(ErrorKind.SyntaxError, msg, line, col, endLine, endCol);
  }

  // RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)
  raiseStartingFrom(line: i32, col: i32, msg: string): void {
    this.raiseKnown(ErrorKind.SyntaxError, msg, line, col, CURRENT_POS, CURRENT_POS);
  }

  // CPython's _PyPegen_raise_error: located at the last token fetched (or at `mark`).
  raise(kind: i32, msg: string, useMark: bool): void {
    if (this.err && this.error !== null) return;
    if (this.fill == 0) {
      this.raiseAt(kind, msg, 0, 0, 0, -1);
      return;
    }
    if (useMark && this.mark == this.fill) {
      if (!this.fillToken()) {
        this.err = true;
        return;
      }
    }
    const kt = this.knownErrToken;
    const t = kt !== null ? kt : unchecked(this.tokens[useMark ? this.mark : this.fill - 1]);
    let col: i32;
    if (t.col == -1) {
      col = this.lx.cur == this.lx.buf ? 0 : this.lx.cur - this.lx.lineStart;
    } else {
      col = t.col + 1;
    }
    const endCol = t.endCol != -1 ? t.endCol + 1 : -1;
    this.raiseAt(kind, msg, t.line, col, t.endLine, endCol);
  }

  raiseSyntax(msg: string): void {
    this.raise(ErrorKind.SyntaxError, msg, false);
  }

  raiseOnNextToken(msg: string): void {
    this.raise(ErrorKind.SyntaxError, msg, true);
  }

  raiseIndentation(msg: string): void {
    this.raise(ErrorKind.IndentationError, msg, false);
  }

  raiseUnclosedParen(): void {
    const lx = this.lx;
    const i = lx.level - 1;
    const line = unchecked(lx.parenlinenostack[i]);
    const col = unchecked(lx.parencolstack[i]);
    const c = unchecked(lx.parenstack[i]);
    this.raiseKnown(ErrorKind.SyntaxError, "'" + String.fromCharCode(c) + "' was never closed", line, col, line, -1);
  }

  // CPython's _Pypegen_tokenizer_error: turns the lexer's failure into a SyntaxError.
  tokenizerError(): void {
    this.err = true;
    const lx = this.lx;
    if (lx.errorMessage !== null) {
      this.error = new SyntaxErrorInfo(
        ErrorKind.SyntaxError,
        lx.errorMessage!,
        lx.errorLine,
        lx.errorCol,
        lx.errorEndLine,
        lx.errorEndCol,
      );
      return;
    }
    if (lx.fatalMessage !== null) {
      this.error = new SyntaxErrorInfo(ErrorKind.SyntaxError, lx.fatalMessage!, 0, 0, 0, 0);
      return;
    }
    switch (lx.done) {
      case E_EOF:
        if (lx.level) this.raiseUnclosedParen();
        else this.raiseSyntax("unexpected EOF while parsing");
        return;
      case E_DEDENT:
        this.raiseIndentation("unindent does not match any outer indentation level");
        return;
      case E_TABSPACE:
        this.raiseKnown(
          ErrorKind.TabError,
          "inconsistent use of tabs and spaces in indentation",
          lx.lineno,
          0,
          lx.lineno,
          -1,
        );
        return;
      case E_TOODEEP:
        this.raiseKnown(ErrorKind.IndentationError, "too many levels of indentation", lx.lineno, 0, lx.lineno, -1);
        return;
      case E_LINECONT: {
        const col = lx.cur - lx.buf - 1;
        this.raiseKnown(
          ErrorKind.SyntaxError,
          "unexpected character after line continuation character",
          lx.lineno,
          col >= 0 ? col : 0,
          lx.lineno,
          -1,
        );
        return;
      }
      default:
        this.raiseKnown(ErrorKind.SyntaxError, "unknown parsing error", lx.lineno, 0, lx.lineno, -1);
    }
  }

  // After a parser error, a tokenizer error later in the source takes precedence
  // (CPython's _PyPegen_tokenize_full_source_to_check_for_errors).
  tokenizeRestForErrors(): void {
    const lx = this.lx;
    const kt = this.knownErrToken;
    const current = kt !== null ? kt : unchecked(this.tokens[this.fill - 1]);
    const errLine = current.line;
    const saved = this.error;
    let replaced = false;
    for (;;) {
      const t = lx.next();
      if (t.kind == Tok.ERRORTOKEN) {
        if (lx.errorMessage !== null) {
          this.error = new SyntaxErrorInfo(
            ErrorKind.SyntaxError,
            lx.errorMessage!,
            lx.errorLine,
            lx.errorCol,
            lx.errorEndLine,
            lx.errorEndCol,
          );
          replaced = true;
          break;
        }
        if (lx.level != 0) {
          const openLine = unchecked(lx.parenlinenostack[lx.level - 1]);
          if (errLine > openLine) {
            this.raiseUnclosedParen();
            replaced = true;
          }
        }
        break;
      }
      if (t.kind == Tok.ENDMARKER) break;
    }
    if (replaced && lx.modeIndex > 0) this.error = saved;
  }

  // CPython's _PyPegen_set_syntax_error, after the second pass.
  setSyntaxError(lastToken: Token): void {
    if (this.error !== null) {
      const ok = this.lx.done == E_OK;
      if (ok) this.tokenizeRestForErrors();
      return;
    }
    if (this.fill == 0) {
      this.raiseSyntax("error at start before reading any input");
      return;
    }
    if (lastToken.kind == Tok.ERRORTOKEN && this.lx.done == E_EOF) {
      if (this.lx.level) this.raiseUnclosedParen();
      else this.raiseSyntax("unexpected EOF while parsing");
      return;
    }
    if (lastToken.kind == Tok.INDENT || lastToken.kind == Tok.DEDENT) {
      this.raiseIndentation(lastToken.kind == Tok.INDENT ? "unexpected indent" : "unexpected unindent");
      return;
    }
    this.raiseKnown(
      ErrorKind.SyntaxError,
      "invalid syntax",
      lastToken.line,
      lastToken.col,
      lastToken.endLine,
      lastToken.endCol,
    );
    this.tokenizeRestForErrors();
  }
}
