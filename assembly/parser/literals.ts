// Decoding of string and bytes literal bodies, as CPython's parser does it
// (Parser/string_parser.c): escape sequences, line continuations, \N{NAME} through a
// small built-in name table, invalid escapes kept with their backslash. Errors come back
// as CPython's message text, including its "position a-b" offsets, which count a
// non-ASCII character as the 10 bytes of the \UXXXXXXXX escape CPython rewrites it to.
import { hexValue, isHexDigit } from "../lexer/chars";

const C_BACKSLASH: i32 = 0x5c;

// Accumulates UTF-16 code units; strings are built once at the end.
export class TextBuilder {
  units: Array<i32> = [];

  push(cp: i32): void {
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      this.units.push(0xd800 + (v >> 10));
      this.units.push(0xdc00 + (v & 0x3ff));
    } else {
      this.units.push(cp);
    }
  }

  toString(): string {
    return String.fromCharCodes(this.units);
  }
}

export class StrDecodeResult {
  text: string = "";
  error: string | null = null;
}

export class BytesDecodeResult {
  bytes: Array<u8> = [];
  error: string | null = null;
}

function unicodeEscapeError(startPos: i32, endPos: i32, message: string): string {
  return (
    "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
    startPos.toString() +
    "-" +
    (endPos - 1).toString() +
    ": " +
    message
  );
}

// Byte width of code point `c` in CPython's rewritten buffer.
// @ts-ignore: decorator
@inline function width(c: i32): i32 {
  return c < 128 ? 1 : 10;
}

// Decodes cps[start, end) as the body of a str literal (without prefix or quotes).
export function decodeStr(cps: StaticArray<i32>, start: i32, end: i32, raw: bool): StrDecodeResult {
  const res = new StrDecodeResult();
  const out = new TextBuilder();
  if (raw) {
    for (let i = start; i < end; i++) out.push(unchecked(cps[i]));
    res.text = out.toString();
    return res;
  }
  let pos = 0;
  let i = start;
  while (i < end) {
    let c = unchecked(cps[i]);
    if (c != C_BACKSLASH) {
      out.push(c);
      pos += width(c);
      i++;
      continue;
    }
    const escapePos = pos;
    i++;
    if (i >= end) {
      out.push(C_BACKSLASH);
      break;
    }
    c = unchecked(cps[i]);
    if (c >= 128) {
      // CPython turns "\é" into "\u005c" + "\U000000e9": a literal backslash.
      out.push(C_BACKSLASH);
      pos += 6;
      continue;
    }
    pos += 2;
    i++;
    switch (c) {
      case 0x0a:
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out.push(c);
        break;
      case 0x62:
        out.push(0x08);
        break;
      case 0x66:
        out.push(0x0c);
        break;
      case 0x74:
        out.push(0x09);
        break;
      case 0x6e:
        out.push(0x0a);
        break;
      case 0x72:
        out.push(0x0d);
        break;
      case 0x76:
        out.push(0x0b);
        break;
      case 0x61:
        out.push(0x07);
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = c - 0x30;
        let more = 0;
        while (more < 2 && i < end) {
          const d = unchecked(cps[i]);
          if (d < 0x30 || d > 0x37) break;
          v = (v << 3) + d - 0x30;
          i++;
          pos++;
          more++;
        }
        out.push(v);
        break;
      }
      case 0x78:
      case 0x75:
      case 0x55: {
        let count = c == 0x78 ? 2 : c == 0x75 ? 4 : 8;
        const message =
          c == 0x78
            ? "truncated \\xXX escape"
            : c == 0x75
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        let v: i64 = 0;
        while (count > 0) {
          if (i >= end) {
            res.error = unicodeEscapeError(escapePos, pos, message);
            return res;
          }
          const d = unchecked(cps[i]);
          if (d >= 128 || !isHexDigit(d)) {
            res.error = unicodeEscapeError(escapePos, pos, message);
            return res;
          }
          v = (v << 4) + <i64>hexValue(d);
          i++;
          pos++;
          count--;
        }
        if (v > 0x10ffff) {
          res.error = unicodeEscapeError(escapePos, pos, "illegal Unicode character");
          return res;
        }
        out.push(<i32>v);
        break;
      }
      case 0x4e: {
        const malformed = "malformed \\N character escape";
        if (i >= end) {
          res.error = unicodeEscapeError(escapePos, pos, malformed);
          return res;
        }
        if (unchecked(cps[i]) != 0x7b) {
          res.error = unicodeEscapeError(escapePos, pos, malformed);
          return res;
        }
        i++;
        pos++;
        const nameStart = i;
        while (i < end && unchecked(cps[i]) != 0x7d) {
          pos += width(unchecked(cps[i]));
          i++;
        }
        if (i >= end) {
          res.error = unicodeEscapeError(escapePos, pos, malformed);
          return res;
        }
        if (i == nameStart) {
          res.error = unicodeEscapeError(escapePos, pos, malformed);
          return res;
        }
        const nameEnd = i;
        i++;
        pos++;
        const cp = lookupNameRange(cps, nameStart, nameEnd);
        if (cp < 0) {
          res.error = unicodeEscapeError(escapePos, pos, "unknown Unicode character name");
          return res;
        }
        out.push(cp);
        break;
      }
      default:
        out.push(C_BACKSLASH);
        out.push(c);
        break;
    }
  }
  res.text = out.toString();
  return res;
}

// Decodes cps[start, end) as the body of a bytes literal; the caller has checked that it
// is ASCII.
export function decodeBytes(cps: StaticArray<i32>, start: i32, end: i32, raw: bool): BytesDecodeResult {
  const res = new BytesDecodeResult();
  const out = res.bytes;
  if (raw) {
    for (let i = start; i < end; i++) out.push(<u8>unchecked(cps[i]));
    return res;
  }
  let i = start;
  while (i < end) {
    const c = unchecked(cps[i]);
    if (c != C_BACKSLASH) {
      out.push(<u8>c);
      i++;
      continue;
    }
    const escapeAt = i - start;
    i++;
    if (i >= end) {
      res.error = "(value error) Trailing \\ in string";
      return res;
    }
    const e = unchecked(cps[i]);
    i++;
    switch (e) {
      case 0x0a:
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out.push(<u8>e);
        break;
      case 0x62:
        out.push(0x08);
        break;
      case 0x66:
        out.push(0x0c);
        break;
      case 0x74:
        out.push(0x09);
        break;
      case 0x6e:
        out.push(0x0a);
        break;
      case 0x72:
        out.push(0x0d);
        break;
      case 0x76:
        out.push(0x0b);
        break;
      case 0x61:
        out.push(0x07);
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = e - 0x30;
        let more = 0;
        while (more < 2 && i < end) {
          const d = unchecked(cps[i]);
          if (d < 0x30 || d > 0x37) break;
          v = (v << 3) + d - 0x30;
          i++;
          more++;
        }
        out.push(<u8>(v & 0xff));
        break;
      }
      case 0x78: {
        if (i + 1 < end && isHexDigit(unchecked(cps[i])) && isHexDigit(unchecked(cps[i + 1]))) {
          out.push(<u8>((hexValue(unchecked(cps[i])) << 4) + hexValue(unchecked(cps[i + 1]))));
          i += 2;
        } else {
          res.error = "(value error) invalid \\x escape at position " + escapeAt.toString();
          return res;
        }
        break;
      }
      default:
        out.push(<u8>C_BACKSLASH);
        i--;
        break;
    }
  }
  return res;
}

function upperAscii(c: i32): i32 {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

// Code point for a character name (case-insensitive, as unicodedata.lookup), or -1.
// Covers the algorithmic LATIN/DIGIT/CJK names plus a table of common names.
function lookupNameRange(cps: StaticArray<i32>, start: i32, end: i32): i32 {
  const units = new Array<i32>();
  for (let i = start; i < end; i++) {
    const c = unchecked(cps[i]);
    if (c >= 128) return -1;
    units.push(upperAscii(c));
  }
  return lookupCharName(String.fromCharCodes(units));
}

export function lookupCharName(upper: string): i32 {
  if (upper.length == 22 && upper.startsWith("LATIN CAPITAL LETTER ")) {
    const c = <i32>upper.charCodeAt(21);
    if (c >= 0x41 && c <= 0x5a) return c;
  }
  if (upper.length == 20 && upper.startsWith("LATIN SMALL LETTER ")) {
    const c = <i32>upper.charCodeAt(19);
    if (c >= 0x41 && c <= 0x5a) return c + 32;
  }
  if (upper.startsWith("CJK UNIFIED IDEOGRAPH-") && (upper.length == 26 || upper.length == 27)) {
    let v = 0;
    for (let i = 22; i < upper.length; i++) {
      const h = hexValue(<i32>upper.charCodeAt(i));
      if (h < 0) return -1;
      v = (v << 4) + h;
    }
    if ((v >= 0x4e00 && v <= 0x9fff) || (v >= 0x3400 && v <= 0x4dbf) || (v >= 0x20000 && v <= 0x2a6df)) return v;
    return -1;
  }
  if (upper.startsWith("DIGIT ")) {
    const digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
    const rest = upper.substring(6);
    for (let i = 0; i < 10; i++) if (digits[i] == rest) return 0x30 + i;
  }
  const names = CHAR_NAMES;
  for (let i = 0; i < names.length; i++) {
    if (unchecked(names[i]) == upper) return unchecked(CHAR_CODES[i]);
  }
  return -1;
}

// Names recorded from CPython 3.12.1's unicodedata.lookup.
// @ts-ignore: decorator
@lazy const CHAR_NAMES: string[] = [
  "SPACE", "NULL", "LINE FEED", "CARRIAGE RETURN",
  "CHARACTER TABULATION", "ESCAPE", "DELETE", "BELL",
  "BACKSPACE", "FORM FEED", "LINE TABULATION", "EXCLAMATION MARK",
  "QUOTATION MARK", "NUMBER SIGN", "DOLLAR SIGN", "PERCENT SIGN",
  "AMPERSAND", "APOSTROPHE", "LEFT PARENTHESIS", "RIGHT PARENTHESIS",
  "ASTERISK", "PLUS SIGN", "COMMA", "HYPHEN-MINUS",
  "FULL STOP", "SOLIDUS", "COLON", "SEMICOLON",
  "LESS-THAN SIGN", "EQUALS SIGN", "GREATER-THAN SIGN", "QUESTION MARK",
  "COMMERCIAL AT", "LEFT SQUARE BRACKET", "REVERSE SOLIDUS", "RIGHT SQUARE BRACKET",
  "CIRCUMFLEX ACCENT", "LOW LINE", "GRAVE ACCENT", "LEFT CURLY BRACKET",
  "VERTICAL LINE", "RIGHT CURLY BRACKET", "TILDE", "NO-BREAK SPACE",
  "INVERTED EXCLAMATION MARK", "CENT SIGN", "POUND SIGN", "CURRENCY SIGN",
  "YEN SIGN", "SECTION SIGN", "COPYRIGHT SIGN", "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
  "NOT SIGN", "SOFT HYPHEN", "REGISTERED SIGN", "DEGREE SIGN",
  "PLUS-MINUS SIGN", "MICRO SIGN", "PILCROW SIGN", "MIDDLE DOT",
  "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", "INVERTED QUESTION MARK", "MULTIPLICATION SIGN", "DIVISION SIGN",
  "LATIN SMALL LETTER SHARP S", "LATIN SMALL LETTER A WITH GRAVE", "LATIN SMALL LETTER A WITH ACUTE", "LATIN SMALL LETTER A WITH CIRCUMFLEX",
  "LATIN SMALL LETTER A WITH DIAERESIS", "LATIN SMALL LETTER A WITH RING ABOVE", "LATIN SMALL LETTER C WITH CEDILLA", "LATIN SMALL LETTER E WITH GRAVE",
  "LATIN SMALL LETTER E WITH ACUTE", "LATIN SMALL LETTER E WITH CIRCUMFLEX", "LATIN SMALL LETTER E WITH DIAERESIS", "LATIN SMALL LETTER I WITH ACUTE",
  "LATIN SMALL LETTER N WITH TILDE", "LATIN SMALL LETTER O WITH ACUTE", "LATIN SMALL LETTER O WITH DIAERESIS", "LATIN SMALL LETTER O WITH STROKE",
  "LATIN SMALL LETTER U WITH ACUTE", "LATIN SMALL LETTER U WITH DIAERESIS", "LATIN CAPITAL LETTER A WITH DIAERESIS", "LATIN CAPITAL LETTER O WITH DIAERESIS",
  "LATIN CAPITAL LETTER U WITH DIAERESIS", "LATIN CAPITAL LETTER E WITH ACUTE", "LATIN CAPITAL LETTER C WITH CEDILLA", "EN DASH",
  "EM DASH", "HORIZONTAL BAR", "LEFT SINGLE QUOTATION MARK", "RIGHT SINGLE QUOTATION MARK",
  "LEFT DOUBLE QUOTATION MARK", "RIGHT DOUBLE QUOTATION MARK", "DAGGER", "DOUBLE DAGGER",
  "BULLET", "HORIZONTAL ELLIPSIS", "PER MILLE SIGN", "PRIME",
  "DOUBLE PRIME", "EURO SIGN", "TRADE MARK SIGN", "ZERO WIDTH SPACE",
  "ZERO WIDTH NON-JOINER", "ZERO WIDTH JOINER", "LEFT-TO-RIGHT MARK", "RIGHT-TO-LEFT MARK",
  "LINE SEPARATOR", "PARAGRAPH SEPARATOR", "NARROW NO-BREAK SPACE", "WORD JOINER",
  "ZERO WIDTH NO-BREAK SPACE", "BYTE ORDER MARK", "REPLACEMENT CHARACTER", "OBJECT REPLACEMENT CHARACTER",
  "LEFTWARDS ARROW", "UPWARDS ARROW", "RIGHTWARDS ARROW", "DOWNWARDS ARROW",
  "LEFT RIGHT ARROW", "RIGHTWARDS DOUBLE ARROW", "FOR ALL", "PARTIAL DIFFERENTIAL",
  "THERE EXISTS", "EMPTY SET", "NABLA", "ELEMENT OF",
  "N-ARY PRODUCT", "N-ARY SUMMATION", "MINUS SIGN", "SQUARE ROOT",
  "INFINITY", "LOGICAL AND", "LOGICAL OR", "INTERSECTION",
  "UNION", "INTEGRAL", "ALMOST EQUAL TO", "NOT EQUAL TO",
  "IDENTICAL TO", "LESS-THAN OR EQUAL TO", "GREATER-THAN OR EQUAL TO", "BOX DRAWINGS LIGHT HORIZONTAL",
  "BOX DRAWINGS LIGHT VERTICAL", "FULL BLOCK", "LIGHT SHADE", "BLACK SQUARE",
  "WHITE SQUARE", "BLACK CIRCLE", "WHITE CIRCLE", "BLACK STAR",
  "WHITE STAR", "SNOWMAN", "BLACK SPADE SUIT", "BLACK CLUB SUIT",
  "BLACK HEART SUIT", "BLACK DIAMOND SUIT", "WHITE SMILING FACE", "CHECK MARK",
  "HEAVY CHECK MARK", "BALLOT X", "HEAVY BLACK HEART", "WARNING SIGN",
  "HIGH VOLTAGE SIGN", "SPARKLES", "GREEK SMALL LETTER ALPHA", "GREEK SMALL LETTER BETA",
  "GREEK SMALL LETTER GAMMA", "GREEK SMALL LETTER DELTA", "GREEK SMALL LETTER EPSILON", "GREEK SMALL LETTER ZETA",
  "GREEK SMALL LETTER ETA", "GREEK SMALL LETTER THETA", "GREEK SMALL LETTER IOTA", "GREEK SMALL LETTER KAPPA",
  "GREEK SMALL LETTER LAMDA", "GREEK SMALL LETTER MU", "GREEK SMALL LETTER NU", "GREEK SMALL LETTER XI",
  "GREEK SMALL LETTER OMICRON", "GREEK SMALL LETTER PI", "GREEK SMALL LETTER RHO", "GREEK SMALL LETTER FINAL SIGMA",
  "GREEK SMALL LETTER SIGMA", "GREEK SMALL LETTER TAU", "GREEK SMALL LETTER UPSILON", "GREEK SMALL LETTER PHI",
  "GREEK SMALL LETTER CHI", "GREEK SMALL LETTER PSI", "GREEK SMALL LETTER OMEGA", "GREEK CAPITAL LETTER DELTA",
  "GREEK CAPITAL LETTER SIGMA", "GREEK CAPITAL LETTER PI", "GREEK CAPITAL LETTER OMEGA", "GREEK CAPITAL LETTER GAMMA",
  "GREEK CAPITAL LETTER THETA", "GREEK CAPITAL LETTER LAMDA", "GREEK CAPITAL LETTER PHI", "GREEK CAPITAL LETTER PSI",
  "SNAKE", "GRINNING FACE", "FACE WITH TEARS OF JOY", "SMILING FACE WITH SMILING EYES",
  "THUMBS UP SIGN", "PILE OF POO", "PARTY POPPER", "ROCKET",
  "FIRE", "HUNDRED POINTS SYMBOL", "WAVING HAND SIGN", "EYES",
  "SPARKLING HEART", "GLOBE WITH MERIDIANS", "CHEQUERED FLAG", "ROBOT FACE",
  "THINKING FACE",
];
// @ts-ignore: decorator
@lazy const CHAR_CODES: i32[] = [
  0x20, 0x0, 0xA, 0xD, 0x9, 0x1B, 0x7F, 0x7, 0x8, 0xC,
  0xB, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29,
  0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3C, 0x3D,
  0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x7B,
  0x7C, 0x7D, 0x7E, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA7,
  0xA9, 0xAB, 0xAC, 0xAD, 0xAE, 0xB0, 0xB1, 0xB5, 0xB6, 0xB7,
  0xBB, 0xBF, 0xD7, 0xF7, 0xDF, 0xE0, 0xE1, 0xE2, 0xE4, 0xE5,
  0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xED, 0xF1, 0xF3, 0xF6, 0xF8,
  0xFA, 0xFC, 0xC4, 0xD6, 0xDC, 0xC9, 0xC7, 0x2013, 0x2014, 0x2015,
  0x2018, 0x2019, 0x201C, 0x201D, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2032,
  0x2033, 0x20AC, 0x2122, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029,
  0x202F, 0x2060, 0xFEFF, 0xFEFF, 0xFFFD, 0xFFFC, 0x2190, 0x2191, 0x2192, 0x2193,
  0x2194, 0x21D2, 0x2200, 0x2202, 0x2203, 0x2205, 0x2207, 0x2208, 0x220F, 0x2211,
  0x2212, 0x221A, 0x221E, 0x2227, 0x2228, 0x2229, 0x222A, 0x222B, 0x2248, 0x2260,
  0x2261, 0x2264, 0x2265, 0x2500, 0x2502, 0x2588, 0x2591, 0x25A0, 0x25A1, 0x25CF,
  0x25CB, 0x2605, 0x2606, 0x2603, 0x2660, 0x2663, 0x2665, 0x2666, 0x263A, 0x2713,
  0x2714, 0x2717, 0x2764, 0x26A0, 0x26A1, 0x2728, 0x3B1, 0x3B2, 0x3B3, 0x3B4,
  0x3B5, 0x3B6, 0x3B7, 0x3B8, 0x3B9, 0x3BA, 0x3BB, 0x3BC, 0x3BD, 0x3BE,
  0x3BF, 0x3C0, 0x3C1, 0x3C2, 0x3C3, 0x3C4, 0x3C5, 0x3C6, 0x3C7, 0x3C8,
  0x3C9, 0x394, 0x3A3, 0x3A0, 0x3A9, 0x393, 0x398, 0x39B, 0x3A6, 0x3A8,
  0x1F40D, 0x1F600, 0x1F602, 0x1F60A, 0x1F44D, 0x1F4A9, 0x1F389, 0x1F680, 0x1F525, 0x1F4AF,
  0x1F44B, 0x1F440, 0x1F496, 0x1F310, 0x1F3C1, 0x1F916, 0x1F914,
];
