// Source text -> tokens, one token per call to next(), following CPython 3.12's tokenizer
// (Parser/tokenizer.c) closely enough that token positions and tokenizer error messages
// and locations match: indentation with tabs to multiples of 8 plus the alternate tab
// size check (TabError), implicit line joining inside brackets, backslash continuation,
// every string prefix, PEP 701 f-strings through a stack of tokenizer modes, numbers with
// underscores and the "invalid ... literal" checks.
//
// Invariants:
// - The source is held as code points (`cps`); `cur` indexes it. Lines are "loaded" one at
//   a time exactly like CPython's string tokenizer: `lineno`/`lineStart` move to the next
//   line only when its first character is read, which is what makes error columns
//   (`cur - lineStart`) agree with CPython's.
// - Tokenization is lazy: the parser pulls tokens as it needs them, so a tokenizer error
//   surfaces only when the parser reaches it (CPython behaves the same way).
// - After an error, `done` != E_OK and next() keeps returning ERRORTOKEN.
// - Strings are not decoded here; the parser decodes them (parser/literals.ts), and it
//   also normalises identifiers (chars.ts normalizeIdentifier, a subset of NFKC).
import {
  Tok,
  Token,
  keywordKind,
  oneCharOp,
  twoCharOp,
  threeCharOp,
} from "./token";
import {
  isDigit,
  isHexDigit,
  isPotentialIdentifierStart,
  isPotentialIdentifierChar,
  isXidStart,
  isXidContinue,
  isPrintable,
} from "./chars";

// Tokenizer status codes (CPython's E_* values, kept for the parser's error mapping).
export const E_OK: i32 = 10;
export const E_EOF: i32 = 11;
export const E_ERROR: i32 = 17;
export const E_TABSPACE: i32 = 18;
export const E_TOODEEP: i32 = 20;
export const E_DEDENT: i32 = 21;
export const E_EOFS: i32 = 23;
export const E_EOLS: i32 = 24;
export const E_LINECONT: i32 = 25;

const EOF: i32 = -1;
const MAXINDENT: i32 = 100;
const MAXLEVEL: i32 = 200;
const MAXFSTRINGLEVEL: i32 = 150;
const MAX_EXPR_NESTING: i32 = 3;
const TABSIZE: i32 = 8;

const MODE_REGULAR: i32 = 0;
const MODE_FSTRING: i32 = 1;

const C_NL: i32 = 0x0a;
const C_CR: i32 = 0x0d;
const C_SPACE: i32 = 0x20;
const C_TAB: i32 = 0x09;
const C_FF: i32 = 0x0c;
const C_HASH: i32 = 0x23;
const C_BACKSLASH: i32 = 0x5c;
const C_SQUOTE: i32 = 0x27;
const C_DQUOTE: i32 = 0x22;
const C_LBRACE: i32 = 0x7b;
const C_RBRACE: i32 = 0x7d;
const C_DOT: i32 = 0x2e;
const C_UNDERSCORE: i32 = 0x5f;

// One entry of the tokenizer mode stack: entry 0 is plain code, each open f-string
// pushes one (CPython's tokenizer_mode).
class Mode {
  kind: i32 = MODE_REGULAR;
  curlyDepth: i32 = 0;
  exprStartDepth: i32 = -1;
  quote: i32 = 0;
  quoteSize: i32 = 0;
  raw: bool = false;
  start: i32 = 0; // index of the f-string's first prefix character
  multiLineStart: i32 = 0; // index of the start of the line the f-string starts on
  lineStart: i32 = 0; // line number the f-string starts on
  debug: bool = false; // an '=' was seen in the current replacement field
  inFormatSpec: bool = false;
  exprTextStart: i32 = -1; // index just after the '{' of the current replacement field
}

export class Lexer {
  // Normalised source: CR/CRLF turned into LF, trailing LF added in exec mode. A BOM is
  // kept (CPython rejects it in str input as an invalid character).
  text: string;
  cps: StaticArray<i32>;
  u16: StaticArray<i32>; // cps index -> index in `text`
  n: i32;
  // Set when the source cannot be tokenized at all (NUL character, lone surrogate).
  fatalMessage: string | null = null;

  cur: i32 = 0;
  inp: i32 = 0; // end of the loaded line
  lineStart: i32 = 0;
  buf: i32 = 0; // CPython's tok->buf: start of the first line of the current token
  lineno: i32 = 0;
  done: i32 = E_OK;

  // Error set by syntaxError(): col/endCol are SyntaxError.offset/end_offset values.
  errorMessage: string | null = null;
  errorLine: i32 = 0;
  errorCol: i32 = 0;
  errorEndLine: i32 = 0;
  errorEndCol: i32 = 0;

  atbol: bool = true;
  pendin: i32 = 0;
  indent: i32 = 0;
  indstack: StaticArray<i32> = new StaticArray<i32>(MAXINDENT);
  altindstack: StaticArray<i32> = new StaticArray<i32>(MAXINDENT);
  level: i32 = 0;
  parenstack: StaticArray<i32> = new StaticArray<i32>(MAXLEVEL);
  parenlinenostack: StaticArray<i32> = new StaticArray<i32>(MAXLEVEL);
  parencolstack: StaticArray<i32> = new StaticArray<i32>(MAXLEVEL);
  contLine: bool = false;

  tokStart: i32 = -1; // CPython's tok->start (-1 = NULL)
  startCol: i32 = -1; // CPython's tok->starting_col_offset
  firstLineno: i32 = 0;
  multiLineStart: i32 = 0;

  modes: Array<Mode> = [new Mode()];
  modeIndex: i32 = 0;

  private lineStarts: Array<i32> | null = null;

  constructor(source: string, appendNewline: bool) {
    let s = source;
    if (s.indexOf("\r") >= 0) s = s.replaceAll("\r\n", "\n").replaceAll("\r", "\n");
    if (appendNewline && s.length > 0 && s.charCodeAt(s.length - 1) != C_NL) s += "\n";
    this.text = s;
    const len = s.length;
    const cps = new StaticArray<i32>(len + 1);
    const u16 = new StaticArray<i32>(len + 1);
    let fatal: string | null = null;
    let n = 0;
    for (let i = 0; i < len; i++) {
      let c = <i32>s.charCodeAt(i);
      const at = i;
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = <i32>s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
          } else if (fatal === null) {
            fatal = surrogateMessage(c, n);
          }
        } else if (fatal === null) {
          fatal = surrogateMessage(c, n);
        }
      } else if (c == 0 && fatal === null) {
        fatal = "source code string cannot contain null bytes";
      }
      unchecked((cps[n] = c));
      unchecked((u16[n] = at));
      n++;
    }
    unchecked((u16[n] = len));
    this.cps = cps;
    this.u16 = u16;
    this.n = n;
    this.fatalMessage = fatal;
    unchecked((this.indstack[0] = 0));
    unchecked((this.altindstack[0] = 0));
  }

  // ---- text helpers ----

  slice(start: i32, end: i32): string {
    return this.text.substring(unchecked(this.u16[start]), unchecked(this.u16[end]));
  }

  tokenText(t: Token): string {
    let s = t.text;
    if (s === null) {
      s = t.start >= 0 && t.end >= t.start ? this.slice(t.start, t.end) : "";
      t.text = s;
    }
    return s!;
  }

  charAt(i: i32): i32 {
    return i >= 0 && i < this.n ? unchecked(this.cps[i]) : EOF;
  }

  private starts(): Array<i32> {
    let starts = this.lineStarts;
    if (starts === null) {
      starts = [0];
      for (let i = 0; i < this.n; i++) {
        if (unchecked(this.cps[i]) == C_NL) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return starts;
  }

  // Index of the first code point of physical line `line` (1-based).
  lineStartOf(line: i32): i32 {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return this.n;
    return starts[line - 1];
  }

  // Length in code points of physical line `line` (1-based), including its newline.
  lineLength(line: i32): i32 {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return 0;
    const begin = starts[line - 1];
    const end = line < starts.length ? starts[line] : this.n;
    return end - begin;
  }

  // ---- character reading (CPython's tok_nextc / tok_backup) ----

  private nextc(): i32 {
    for (;;) {
      if (this.cur != this.inp) {
        return unchecked(this.cps[this.cur++]);
      }
      if (this.done != E_OK) return EOF;
      if (this.inp >= this.n) {
        this.done = E_EOF;
        return EOF;
      }
      let end = this.inp;
      while (end < this.n && unchecked(this.cps[end]) != C_NL) end++;
      if (end < this.n) end++;
      if (this.tokStart < 0) this.buf = this.cur;
      this.lineStart = this.cur;
      this.lineno++;
      this.inp = end;
    }
    return EOF;
  }

  private backup(c: i32): void {
    if (c != EOF) this.cur--;
  }

  col(): i32 {
    return this.cur - this.lineStart;
  }

  // ---- errors ----

  private syntaxError(msg: string): Tok {
    const col = this.cur - this.lineStart;
    return this.syntaxErrorRange(msg, col, col);
  }

  private syntaxErrorRange(msg: string, col: i32, endCol: i32): Tok {
    if (this.done == E_ERROR) return Tok.ERRORTOKEN;
    this.errorMessage = msg;
    this.errorLine = this.lineno;
    this.errorCol = col;
    this.errorEndLine = this.lineno;
    this.errorEndCol = endCol;
    this.done = E_ERROR;
    return Tok.ERRORTOKEN;
  }

  private indentError(): Tok {
    this.done = E_TABSPACE;
    this.cur = this.inp;
    return Tok.ERRORTOKEN;
  }

  // ---- token construction ----

  private make(kind: Tok, start: i32, end: i32): Token {
    const line = kind == Tok.STRING || kind == Tok.FSTRING_MIDDLE ? this.firstLineno : this.lineno;
    const t =
      start < 0
        ? new Token(kind, -1, -1, line, -1, this.lineno, -1)
        : new Token(kind, start, end, line, this.startCol, this.lineno, this.cur - this.lineStart);
    t.level = this.level;
    return t;
  }

  private makeBare(kind: Tok): Token {
    const t = new Token(kind, -1, -1, this.lineno, -1, this.lineno, -1);
    t.level = this.level;
    return t;
  }

  private currentMode(): Mode {
    return unchecked(this.modes[this.modeIndex]);
  }

  insideFString(): bool {
    return this.modeIndex > 0;
  }

  next(): Token {
    if (this.fatalMessage !== null) this.done = E_ERROR;
    if (this.done != E_OK && this.done != E_EOF) return this.makeBare(Tok.ERRORTOKEN);
    const mode = this.currentMode();
    if (mode.kind == MODE_REGULAR) return this.nextNormal(mode);
    return this.nextFString(mode);
  }

  // CPython's tok_get_normal_mode.
  private nextNormal(mode: Mode): Token {
    let c: i32 = 0;
    let blankline = false;
    // nextline:
    for (;;) {
      this.tokStart = -1;
      this.startCol = -1;
      blankline = false;

      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = false;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c == C_SPACE) {
            col++;
            altcol++;
          } else if (c == C_TAB) {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
          } else if (c == C_FF) {
            col = altcol = 0;
          } else if (c == C_BACKSLASH) {
            contLineCol = contLineCol ? contLineCol : col;
            if ((c = this.continuationLine()) == -1) return this.makeBare(Tok.ERRORTOKEN);
          } else {
            break;
          }
        }
        this.backup(c);
        if (c == C_HASH || c == C_NL || c == C_CR) {
          blankline = true;
        }
        if (!blankline && this.level == 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const top = unchecked(this.indstack[this.indent]);
          if (col == top) {
            if (altcol != unchecked(this.altindstack[this.indent])) {
              return this.makeBare(this.indentError());
            }
          } else if (col > top) {
            if (this.indent + 1 >= MAXINDENT) {
              this.done = E_TOODEEP;
              this.cur = this.inp;
              return this.makeBare(Tok.ERRORTOKEN);
            }
            if (altcol <= unchecked(this.altindstack[this.indent])) {
              return this.makeBare(this.indentError());
            }
            this.pendin++;
            this.indent++;
            unchecked((this.indstack[this.indent] = col));
            unchecked((this.altindstack[this.indent] = altcol));
          } else {
            while (this.indent > 0 && col < unchecked(this.indstack[this.indent])) {
              this.pendin--;
              this.indent--;
            }
            if (col != unchecked(this.indstack[this.indent])) {
              this.done = E_DEDENT;
              this.cur = this.inp;
              return this.makeBare(Tok.ERRORTOKEN);
            }
            if (altcol != unchecked(this.altindstack[this.indent])) {
              return this.makeBare(this.indentError());
            }
          }
        }
      }

      this.tokStart = this.cur;
      this.startCol = this.cur - this.lineStart;

      if (this.pendin != 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.makeBare(Tok.DEDENT);
        }
        this.pendin--;
        return this.makeBare(Tok.INDENT);
      }

      // again:
      for (;;) {
        this.tokStart = -1;
        do {
          c = this.nextc();
        } while (c == C_SPACE || c == C_TAB || c == C_FF);

        this.tokStart = this.cur - (c == EOF ? 0 : 1);
        this.startCol = this.cur - this.lineStart - (c == EOF ? 0 : 1);

        if (c == C_HASH) {
          while (c != EOF && c != C_NL && c != C_CR) c = this.nextc();
        }

        if (c == EOF) {
          if (this.level) return this.makeBare(Tok.ERRORTOKEN);
          return this.makeBare(this.done == E_EOF ? Tok.ENDMARKER : Tok.ERRORTOKEN);
        }

        // Identifier, keyword or prefixed string.
        if (isPotentialIdentifierStart(c)) {
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c == 0x62 || c == 0x42)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 0x75 || c == 0x55)) sawU = true;
            else if (!(sawR || sawU) && (c == 0x72 || c == 0x52)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 0x66 || c == 0x46)) sawF = true;
            else break;
            c = this.nextc();
            if (c == C_DQUOTE || c == C_SQUOTE) {
              if (sawF) return this.fstringStart(c);
              return this.stringLiteral(c);
            }
          }
          let nonascii = false;
          while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii && !this.verifyIdentifier()) return this.makeBare(Tok.ERRORTOKEN);
          const t = this.make(Tok.NAME, this.tokStart, this.cur);
          t.kind = keywordKind(this.tokenTextOf(t));
          return t;
        }

        if (c == C_CR) c = this.nextc();

        if (c == C_NL) {
          this.atbol = true;
          if (blankline || this.level > 0) break; // goto nextline
          this.contLine = false;
          return this.make(Tok.NEWLINE, this.tokStart, this.cur - 1);
        }

        if (c == C_DOT) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, true);
          if (c == C_DOT) {
            c = this.nextc();
            if (c == C_DOT) return this.make(Tok.ELLIPSIS, this.tokStart, this.cur);
            this.backup(c);
            this.backup(C_DOT);
          } else {
            this.backup(c);
          }
          return this.make(Tok.DOT, this.tokStart, this.cur);
        }

        if (isDigit(c)) return this.number(c, false);

        if (c == C_SQUOTE || c == C_DQUOTE) return this.stringLiteral(c);

        if (c == C_BACKSLASH) {
          if ((c = this.continuationLine()) == -1) return this.makeBare(Tok.ERRORTOKEN);
          this.contLine = true;
          continue; // goto again
        }

        return this.operator(c, mode);
      }
    }
    return this.makeBare(Tok.ERRORTOKEN);
  }

  private tokenTextOf(t: Token): string {
    return this.tokenText(t);
  }

  // CPython's tok_continuation_line: after a backslash, only a newline may follow.
  private continuationLine(): i32 {
    let c = this.nextc();
    if (c == C_CR) c = this.nextc();
    if (c != C_NL) {
      this.done = E_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c == EOF) {
      this.done = E_EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  private verifyIdentifier(): bool {
    const start = this.tokStart;
    const end = this.cur;
    let invalid = -1;
    for (let i = start; i < end; i++) {
      const ch = unchecked(this.cps[i]);
      const ok = i == start ? isXidStart(ch) : isXidContinue(ch);
      if (!ok) {
        invalid = i;
        break;
      }
    }
    if (invalid < 0) return true;
    const ch = unchecked(this.cps[invalid]);
    if (invalid + 1 < end) this.cur = invalid + 1;
    if (isPrintable(ch)) {
      this.syntaxError("invalid character '" + String.fromCodePoint(ch) + "' (U+" + hex4(ch) + ")");
    } else {
      this.syntaxError("invalid non-printable character U+" + hex4(ch));
    }
    return false;
  }

  // ---- numbers ----

  private lookahead(test: string): bool {
    let matched = 0;
    const len = test.length;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (matched == len) {
        res = !isPotentialIdentifierChar(c);
      } else if (c == <i32>test.charCodeAt(matched)) {
        matched++;
        continue;
      }
      this.backup(c);
      while (matched > 0) {
        matched--;
        this.backup(<i32>test.charCodeAt(matched));
      }
      return res;
    }
  }

  // CPython's verify_end_of_number: a number directly followed by a keyword such as
  // "and"/"else"/"if" is accepted (CPython warns); followed by other letters it is an error.
  private verifyEndOfNumber(c: i32, kind: string): bool {
    let r = false;
    if (c == 0x61) r = this.lookahead("nd");
    else if (c == 0x65) r = this.lookahead("lse");
    else if (c == 0x66) r = this.lookahead("or");
    else if (c == 0x69) {
      const c2 = this.nextc();
      if (c2 == 0x66 || c2 == 0x6e || c2 == 0x73) r = true;
      this.backup(c2);
    } else if (c == 0x6f) r = this.lookahead("r");
    else if (c == 0x6e) r = this.lookahead("ot");
    if (r) return true;
    if (c < 128 && c >= 0 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError("invalid " + kind + " literal");
      return false;
    }
    return true;
  }

  // Reads the rest of a run of decimal digits with single underscores; returns the first
  // character after it, or -2 after an error.
  private decimalTail(): i32 {
    let c: i32;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c != C_UNDERSCORE) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
        return -2;
      }
    }
    return c;
  }

  private numberError(): Token {
    return this.makeBare(Tok.ERRORTOKEN);
  }

  private numberDone(c: i32): Token {
    this.backup(c);
    return this.make(Tok.NUMBER, this.tokStart, this.cur);
  }

  // `c` is the first digit; `afterDot` when the literal started with '.' (c is the digit
  // after the dot).
  private number(first: i32, afterDot: bool): Token {
    let c = first;
    // 0: integer part read, c is the next char; 1: at fraction digits; 2: exponent; 3: imaginary
    let state = 0;
    if (afterDot) {
      state = 1;
    } else if (c == 0x30) {
      c = this.nextc();
      if (c == 0x78 || c == 0x58) {
        c = this.nextc();
        do {
          if (c == C_UNDERSCORE) c = this.nextc();
          if (!isHexDigit(c)) {
            this.backup(c);
            this.syntaxError("invalid hexadecimal literal");
            return this.numberError();
          }
          do {
            c = this.nextc();
          } while (isHexDigit(c));
        } while (c == C_UNDERSCORE);
        if (!this.verifyEndOfNumber(c, "hexadecimal")) return this.numberError();
        return this.numberDone(c);
      }
      if (c == 0x6f || c == 0x4f) {
        c = this.nextc();
        do {
          if (c == C_UNDERSCORE) c = this.nextc();
          if (c < 0x30 || c >= 0x38) {
            if (isDigit(c)) {
              this.syntaxError("invalid digit '" + String.fromCharCode(c) + "' in octal literal");
            } else {
              this.backup(c);
              this.syntaxError("invalid octal literal");
            }
            return this.numberError();
          }
          do {
            c = this.nextc();
          } while (c >= 0x30 && c < 0x38);
        } while (c == C_UNDERSCORE);
        if (isDigit(c)) {
          this.syntaxError("invalid digit '" + String.fromCharCode(c) + "' in octal literal");
          return this.numberError();
        }
        if (!this.verifyEndOfNumber(c, "octal")) return this.numberError();
        return this.numberDone(c);
      }
      if (c == 0x62 || c == 0x42) {
        c = this.nextc();
        do {
          if (c == C_UNDERSCORE) c = this.nextc();
          if (c != 0x30 && c != 0x31) {
            if (isDigit(c)) {
              this.syntaxError("invalid digit '" + String.fromCharCode(c) + "' in binary literal");
            } else {
              this.backup(c);
              this.syntaxError("invalid binary literal");
            }
            return this.numberError();
          }
          do {
            c = this.nextc();
          } while (c == 0x30 || c == 0x31);
        } while (c == C_UNDERSCORE);
        if (isDigit(c)) {
          this.syntaxError("invalid digit '" + String.fromCharCode(c) + "' in binary literal");
          return this.numberError();
        }
        if (!this.verifyEndOfNumber(c, "binary")) return this.numberError();
        return this.numberDone(c);
      }
      let nonzero = false;
      for (;;) {
        if (c == C_UNDERSCORE) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.syntaxError("invalid decimal literal");
            return this.numberError();
          }
        }
        if (c != 0x30) break;
        c = this.nextc();
      }
      const zerosEnd = this.cur;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
        if (c == -2) return this.numberError();
      }
      if (c == C_DOT) {
        c = this.nextc();
        state = 1;
      } else if (c == 0x65 || c == 0x45) {
        state = 2;
      } else if (c == 0x6a || c == 0x4a) {
        state = 3;
      } else if (nonzero) {
        this.backup(c);
        this.syntaxErrorRange(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          this.tokStart + 1 - this.lineStart,
          zerosEnd - this.lineStart,
        );
        return this.numberError();
      } else {
        if (!this.verifyEndOfNumber(c, "decimal")) return this.numberError();
        return this.numberDone(c);
      }
    } else {
      c = this.decimalTail();
      if (c == -2) return this.numberError();
      if (c == C_DOT) {
        c = this.nextc();
        state = 1;
      }
    }
    if (state == 1) {
      if (isDigit(c)) {
        c = this.decimalTail();
        if (c == -2) return this.numberError();
      }
      state = 0;
    }
    if (state == 0) {
      if (c == 0x65 || c == 0x45) state = 2;
      else if (c == 0x6a || c == 0x4a) state = 3;
      else {
        if (!this.verifyEndOfNumber(c, "decimal")) return this.numberError();
        return this.numberDone(c);
      }
    }
    if (state == 2) {
      const e = c;
      c = this.nextc();
      if (c == 0x2b || c == 0x2d) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          this.syntaxError("invalid decimal literal");
          return this.numberError();
        }
      } else if (!isDigit(c)) {
        this.backup(c);
        if (!this.verifyEndOfNumber(e, "decimal")) return this.numberError();
        this.backup(e);
        return this.make(Tok.NUMBER, this.tokStart, this.cur);
      }
      c = this.decimalTail();
      if (c == -2) return this.numberError();
      if (c == 0x6a || c == 0x4a) state = 3;
      else {
        if (!this.verifyEndOfNumber(c, "decimal")) return this.numberError();
        return this.numberDone(c);
      }
    }
    // imaginary
    c = this.nextc();
    if (!this.verifyEndOfNumber(c, "imaginary")) return this.numberError();
    return this.numberDone(c);
  }

  // ---- strings ----

  private stringLiteral(quote: i32): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c == quote) {
      c = this.nextc();
      if (c == quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c != quote) this.backup(c);
    while (endQuoteSize != quoteSize) {
      c = this.nextc();
      if (this.done == E_ERROR) return this.makeBare(Tok.ERRORTOKEN);
      if (c == EOF || (quoteSize == 1 && c == C_NL)) {
        this.cur = this.tokStart + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (this.insideFString()) {
          const m = this.currentMode();
          if (m.quote == quote && m.quoteSize == quoteSize) {
            this.syntaxError("f-string: expecting '}'");
            return this.makeBare(Tok.ERRORTOKEN);
          }
        }
        if (quoteSize == 3) {
          this.syntaxError(
            "unterminated triple-quoted string literal (detected at line " + detected.toString() + ")",
          );
          if (c != C_NL) this.done = E_EOFS;
        } else {
          this.syntaxError("unterminated string literal (detected at line " + detected.toString() + ")");
          if (c != C_NL) this.done = E_EOLS;
        }
        // The error is already recorded; the status only tells EOF from EOL apart.
        if (this.done != E_ERROR) this.done = E_ERROR;
        return this.makeBare(Tok.ERRORTOKEN);
      }
      if (c == quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c == C_BACKSLASH) {
          c = this.nextc();
          if (c == C_CR) c = this.nextc();
        }
      }
    }
    return this.make(Tok.STRING, this.tokStart, this.cur);
  }

  private fstringStart(quote: i32): Token {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote == quote) {
      const afterAfter = this.nextc();
      if (afterAfter == quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote != quote) this.backup(afterQuote);

    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) {
      this.syntaxError("too many nested f-strings");
      return this.makeBare(Tok.ERRORTOKEN);
    }
    const tok = this.make(Tok.FSTRING_START, this.tokStart, this.cur);
    this.modeIndex++;
    if (this.modeIndex >= this.modes.length) this.modes.push(new Mode());
    const m = this.currentMode();
    m.kind = MODE_FSTRING;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.start = this.tokStart;
    m.multiLineStart = this.lineStart;
    m.lineStart = this.lineno;
    m.debug = false;
    m.inFormatSpec = false;
    m.exprTextStart = -1;
    const first = unchecked(this.cps[this.tokStart]);
    if (first == 0x66 || first == 0x46) {
      const second = unchecked(this.cps[this.tokStart + 1]);
      m.raw = second == 0x72 || second == 0x52;
    } else {
      m.raw = true;
    }
    m.curlyDepth = 0;
    m.exprStartDepth = -1;
    return tok;
  }

  // Text of the current replacement field's expression for the `=` debug form, without
  // comments (CPython's set_fstring_expr).
  private debugText(m: Mode, end: i32): string {
    const start = m.exprTextStart;
    if (start < 0 || end < start) return "";
    let hasHash = false;
    for (let i = start; i < end; i++) {
      if (unchecked(this.cps[i]) == C_HASH) {
        hasHash = true;
        break;
      }
    }
    if (!hasHash) return this.slice(start, end);
    let out = "";
    let i = start;
    while (i < end) {
      const c = unchecked(this.cps[i]);
      if (c == C_HASH) {
        while (i < end && unchecked(this.cps[i]) != C_NL) i++;
        if (i < end) {
          out += "\n";
          i++;
        }
      } else {
        let j = i;
        while (j < end && unchecked(this.cps[j]) != C_HASH) j++;
        out += this.slice(i, j);
        i = j;
      }
    }
    return out;
  }

  private operator(c: i32, mode: Mode): Token {
    let metadata: string | null = null;
    const isPunct = c == 0x3a || c == C_RBRACE || c == 0x21 || c == C_LBRACE;
    if (isPunct && this.insideFString() && mode.exprStartDepth >= 0) {
      const cursor = mode.curlyDepth - (c != C_LBRACE ? 1 : 0);
      const inFormatWithDebug = cursor == 1 && (mode.debug || mode.inFormatSpec);
      const cursorValid = cursor == 0 || inFormatWithDebug;
      if (cursorValid) {
        if (c == C_LBRACE) {
          mode.exprTextStart = this.cur;
        } else if (mode.debug) {
          metadata = this.debugText(mode, this.tokStart);
        }
      }
      if (c == 0x3a && cursor == mode.exprStartDepth) {
        mode.kind = MODE_FSTRING;
        mode.inFormatSpec = true;
        const t = this.make(Tok.COLON, this.tokStart, this.cur);
        t.metadata = metadata;
        return t;
      }
    }

    const c2 = this.nextc();
    let kind = twoCharOp(c, c2);
    if (kind >= 0) {
      const c3 = this.nextc();
      const kind3 = threeCharOp(c, c2, c3);
      if (kind3 >= 0) kind = kind3;
      else this.backup(c3);
      const t = this.make(<Tok>kind, this.tokStart, this.cur);
      if (c == 0x3c && c2 == 0x3e) t.isLtGt = true;
      t.metadata = metadata;
      return t;
    }
    this.backup(c2);

    if (c == 0x28 || c == 0x5b || c == C_LBRACE) {
      if (this.level >= MAXLEVEL) {
        this.syntaxError("too many nested parentheses");
        return this.makeBare(Tok.ERRORTOKEN);
      }
      unchecked((this.parenstack[this.level] = c));
      unchecked((this.parenlinenostack[this.level] = this.lineno));
      unchecked((this.parencolstack[this.level] = this.tokStart - this.lineStart));
      this.level++;
      if (this.insideFString()) mode.curlyDepth++;
    } else if (c == 0x29 || c == 0x5d || c == C_RBRACE) {
      if (this.insideFString() && mode.curlyDepth == 0 && c == C_RBRACE) {
        this.syntaxError("f-string: single '}' is not allowed");
        return this.makeBare(Tok.ERRORTOKEN);
      }
      if (this.level == 0) {
        this.syntaxError("unmatched '" + String.fromCharCode(c) + "'");
        return this.makeBare(Tok.ERRORTOKEN);
      }
      this.level--;
      const opening = unchecked(this.parenstack[this.level]);
      if (
        !((opening == 0x28 && c == 0x29) || (opening == 0x5b && c == 0x5d) || (opening == C_LBRACE && c == C_RBRACE))
      ) {
        if (this.insideFString() && opening == C_LBRACE) {
          const previous = mode.curlyDepth - 1;
          if (previous == mode.exprStartDepth) {
            this.syntaxError("f-string: unmatched '" + String.fromCharCode(c) + "'");
            return this.makeBare(Tok.ERRORTOKEN);
          }
        }
        const openLine = unchecked(this.parenlinenostack[this.level]);
        let msg =
          "closing parenthesis '" +
          String.fromCharCode(c) +
          "' does not match opening parenthesis '" +
          String.fromCharCode(opening) +
          "'";
        if (openLine != this.lineno) msg += " on line " + openLine.toString();
        this.syntaxError(msg);
        return this.makeBare(Tok.ERRORTOKEN);
      }
      if (this.insideFString()) {
        mode.curlyDepth--;
        if (mode.curlyDepth < 0) {
          this.syntaxError("f-string: unmatched '" + String.fromCharCode(c) + "'");
          return this.makeBare(Tok.ERRORTOKEN);
        }
        if (c == C_RBRACE && mode.curlyDepth == mode.exprStartDepth) {
          mode.exprStartDepth--;
          mode.kind = MODE_FSTRING;
          mode.debug = false;
        }
      }
    }

    if (!isPrintable(c)) {
      this.syntaxError("invalid non-printable character U+" + hex4(c));
      return this.makeBare(Tok.ERRORTOKEN);
    }
    if (c == 0x3d && mode.exprStartDepth >= 0) mode.debug = true;

    kind = oneCharOp(c);
    if (kind < 0) kind = Tok.OP;
    const t = this.make(<Tok>kind, this.tokStart, this.cur);
    t.metadata = metadata;
    return t;
  }

  // CPython's tok_get_fstring_mode: literal text of an f-string up to the next
  // replacement field or the closing quote.
  private nextFString(mode: Mode): Token {
    this.tokStart = this.cur;
    this.firstLineno = this.lineno;
    this.startCol = this.cur - this.lineStart;

    const startChar = this.nextc();
    if (startChar == C_LBRACE) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 != C_LBRACE) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
          this.syntaxError("f-string: expressions nested too deeply");
          return this.makeBare(Tok.ERRORTOKEN);
        }
        mode.kind = MODE_REGULAR;
        return this.nextNormal(mode);
      }
    } else {
      this.backup(startChar);
    }

    let atEnd = true;
    for (let i = 0; i < mode.quoteSize; i++) {
      const q = this.nextc();
      if (q != mode.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      mode.exprTextStart = -1;
      const t = this.make(Tok.FSTRING_END, this.tokStart, this.cur);
      this.modeIndex--;
      return t;
    }
    // A partial match of the closing quotes was backed up above; re-scan from the start.
    this.cur = this.tokStart;

    this.multiLineStart = this.lineStart;
    let endQuoteSize = 0;
    let unicodeEscape = false;
    while (endQuoteSize != mode.quoteSize) {
      const c = this.nextc();
      if (this.done == E_ERROR) return this.makeBare(Tok.ERRORTOKEN);
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (c == EOF || (mode.quoteSize == 1 && c == C_NL)) {
        if (inFormatSpec && c == C_NL) {
          this.backup(c);
          mode.kind = MODE_REGULAR;
          mode.inFormatSpec = false;
          return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur);
        }
        this.cur = mode.start + 1;
        this.lineStart = mode.multiLineStart;
        const detected = this.lineno;
        this.lineno = mode.lineStart;
        if (mode.quoteSize == 3) {
          this.syntaxError(
            "unterminated triple-quoted f-string literal (detected at line " + detected.toString() + ")",
          );
        } else {
          this.syntaxError("unterminated f-string literal (detected at line " + detected.toString() + ")");
        }
        return this.makeBare(Tok.ERRORTOKEN);
      }
      if (c == mode.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c == C_LBRACE) {
        mode.exprTextStart = this.cur;
        const peek = this.nextc();
        if (peek != C_LBRACE || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          mode.exprStartDepth++;
          if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
            this.syntaxError("f-string: expressions nested too deeply");
            return this.makeBare(Tok.ERRORTOKEN);
          }
          mode.kind = MODE_REGULAR;
          return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur);
        }
        return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur - 1);
      } else if (c == C_RBRACE) {
        if (unicodeEscape) {
          return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur);
        }
        const peek = this.nextc();
        if (peek == C_RBRACE && !inFormatSpec && mode.curlyDepth == 0) {
          return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur - 1);
        }
        this.backup(peek);
        this.backup(c);
        mode.kind = MODE_REGULAR;
        return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur);
      } else if (c == C_BACKSLASH) {
        let peek = this.nextc();
        if (peek == C_CR) peek = this.nextc();
        if (peek == C_LBRACE || peek == C_RBRACE) {
          this.backup(peek);
          continue;
        }
        if (!mode.raw && peek == 0x4e) {
          peek = this.nextc();
          if (peek == C_LBRACE) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    for (let i = 0; i < mode.quoteSize; i++) this.backup(mode.quote);
    return this.make(Tok.FSTRING_MIDDLE, this.tokStart, this.cur);
  }
}

function surrogateMessage(c: i32, pos: i32): string {
  return (
    "(unicode error) 'utf-8' codec can't encode character '\\u" +
    hex4(c).toLowerCase() +
    "' in position " +
    pos.toString() +
    ": surrogates not allowed"
  );
}

// At least four upper-case hex digits, like C's "%04X".
export function hex4(c: i32): string {
  let s = (<u32>c).toString(16).toUpperCase();
  while (s.length < 4) s = "0" + s;
  return s;
}
