// Token kinds and the Token record produced by lexer.ts and consumed by parser/parser.ts.
// Kinds follow CPython's Grammar/Tokens; hard keywords get their own kinds (CPython turns
// NAME into keyword types when the parser fills its token array); soft keywords (match,
// case, _, type) stay NAME. Positions are CPython's: 1-based lines, 0-based code-point
// columns; INDENT, DEDENT and ENDMARKER carry col -1 as in CPython, which the error
// reporting relies on.

export const enum Tok {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  ERRORTOKEN,
  OP, // a character that is no operator ($, ?, `): matches nothing in the grammar
  // operators
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  EXCLAMATION,
  // hard keywords (alphabetical, as in keyword.kwlist)
  FALSE,
  NONE,
  TRUE,
  AND,
  AS,
  ASSERT,
  ASYNC,
  AWAIT,
  BREAK,
  CLASS,
  CONTINUE,
  DEF,
  DEL,
  ELIF,
  ELSE,
  EXCEPT,
  FINALLY,
  FOR,
  FROM,
  GLOBAL,
  IF,
  IMPORT,
  IN,
  IS,
  LAMBDA,
  NONLOCAL,
  NOT,
  OR,
  PASS,
  RAISE,
  RETURN,
  TRY,
  WHILE,
  WITH,
  YIELD,
}

export class Token {
  // Source text of the token is src[start, end) in code points; `text` is filled lazily.
  text: string | null = null;
  // f-string debug text ("x = " in f"{x = }"), attached to the token closing the expression.
  metadata: string | null = null;
  // Set for `<>`, which CPython tokenizes as NOTEQUAL but only accepts under barry_as_FLUFL.
  isLtGt: bool = false;
  // Bracket nesting depth when the token was made (CPython's token->level).
  level: i32 = 0;
  constructor(
    public kind: Tok,
    public start: i32,
    public end: i32,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

const KEYWORD_NAMES: string[] = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
  "try", "while", "with", "yield",
];

// Keyword kind for an identifier, or Tok.NAME.
export function keywordKind(name: string): Tok {
  const n = name.length;
  if (n < 2 || n > 8) return Tok.NAME;
  const c = name.charCodeAt(0);
  // Only a few first letters start keywords; skip the table for the rest.
  if (!(c == 0x46 || c == 0x4e || c == 0x54 || (c >= 0x61 && c <= 0x79))) return Tok.NAME;
  for (let i = 0; i < KEYWORD_NAMES.length; i++) {
    if (unchecked(KEYWORD_NAMES[i]) == name) return <Tok>(<i32>Tok.FALSE + i);
  }
  return Tok.NAME;
}

// One-, two- and three-character operators (CPython's _PyToken_OneChar/TwoChars/ThreeChars).
// Returns -1 when the characters do not form an operator of that length.
export function oneCharOp(c: i32): i32 {
  switch (c) {
    case 0x21: return Tok.EXCLAMATION; // !
    case 0x25: return Tok.PERCENT;
    case 0x26: return Tok.AMPER;
    case 0x28: return Tok.LPAR;
    case 0x29: return Tok.RPAR;
    case 0x2a: return Tok.STAR;
    case 0x2b: return Tok.PLUS;
    case 0x2c: return Tok.COMMA;
    case 0x2d: return Tok.MINUS;
    case 0x2e: return Tok.DOT;
    case 0x2f: return Tok.SLASH;
    case 0x3a: return Tok.COLON;
    case 0x3b: return Tok.SEMI;
    case 0x3c: return Tok.LESS;
    case 0x3d: return Tok.EQUAL;
    case 0x3e: return Tok.GREATER;
    case 0x40: return Tok.AT;
    case 0x5b: return Tok.LSQB;
    case 0x5d: return Tok.RSQB;
    case 0x5e: return Tok.CIRCUMFLEX;
    case 0x7b: return Tok.LBRACE;
    case 0x7c: return Tok.VBAR;
    case 0x7d: return Tok.RBRACE;
    case 0x7e: return Tok.TILDE;
    default: return -1;
  }
}

export function twoCharOp(c1: i32, c2: i32): i32 {
  switch (c1) {
    case 0x21: if (c2 == 0x3d) return Tok.NOTEQUAL; break; // !=
    case 0x25: if (c2 == 0x3d) return Tok.PERCENTEQUAL; break;
    case 0x26: if (c2 == 0x3d) return Tok.AMPEREQUAL; break;
    case 0x2a:
      if (c2 == 0x2a) return Tok.DOUBLESTAR;
      if (c2 == 0x3d) return Tok.STAREQUAL;
      break;
    case 0x2b: if (c2 == 0x3d) return Tok.PLUSEQUAL; break;
    case 0x2d:
      if (c2 == 0x3d) return Tok.MINEQUAL;
      if (c2 == 0x3e) return Tok.RARROW;
      break;
    case 0x2f:
      if (c2 == 0x2f) return Tok.DOUBLESLASH;
      if (c2 == 0x3d) return Tok.SLASHEQUAL;
      break;
    case 0x3a: if (c2 == 0x3d) return Tok.COLONEQUAL; break;
    case 0x3c:
      if (c2 == 0x3c) return Tok.LEFTSHIFT;
      if (c2 == 0x3d) return Tok.LESSEQUAL;
      if (c2 == 0x3e) return Tok.NOTEQUAL; // <>
      break;
    case 0x3d: if (c2 == 0x3d) return Tok.EQEQUAL; break;
    case 0x3e:
      if (c2 == 0x3d) return Tok.GREATEREQUAL;
      if (c2 == 0x3e) return Tok.RIGHTSHIFT;
      break;
    case 0x40: if (c2 == 0x3d) return Tok.ATEQUAL; break;
    case 0x5e: if (c2 == 0x3d) return Tok.CIRCUMFLEXEQUAL; break;
    case 0x7c: if (c2 == 0x3d) return Tok.VBAREQUAL; break;
  }
  return -1;
}

export function threeCharOp(c1: i32, c2: i32, c3: i32): i32 {
  if (c3 != 0x3d) {
    if (c1 == 0x2e && c2 == 0x2e && c3 == 0x2e) return Tok.ELLIPSIS;
    return -1;
  }
  if (c1 == 0x2a && c2 == 0x2a) return Tok.DOUBLESTAREQUAL;
  if (c1 == 0x2f && c2 == 0x2f) return Tok.DOUBLESLASHEQUAL;
  if (c1 == 0x3c && c2 == 0x3c) return Tok.LEFTSHIFTEQUAL;
  if (c1 == 0x3e && c2 == 0x3e) return Tok.RIGHTSHIFTEQUAL;
  return -1;
}
