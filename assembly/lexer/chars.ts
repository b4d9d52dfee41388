// Character classes used by the tokenizer (and by repr-like code elsewhere).
// ASCII is decided inline; everything above U+007F is looked up in the generated range
// tables of unicode.gen.ts (CPython 3.12.1's Unicode 15.0 data), by binary search.
// Identifier rules are PEP 3131's XID_Start / XID_Continue, as in CPython's
// _PyUnicode_ScanIdentifier (without NFKC normalisation, see lexer.ts).
import {
  XID_START_BMP,
  XID_START_BMP_COUNT,
  XID_START_ASTRAL,
  XID_START_ASTRAL_COUNT,
  XID_CONTINUE_BMP,
  XID_CONTINUE_BMP_COUNT,
  XID_CONTINUE_ASTRAL,
  XID_CONTINUE_ASTRAL_COUNT,
  NON_PRINTABLE_BMP,
  NON_PRINTABLE_BMP_COUNT,
  NON_PRINTABLE_ASTRAL,
  NON_PRINTABLE_ASTRAL_COUNT,
} from "./unicode.gen";

function inRanges16(table: usize, count: i32, c: i32): bool {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const first = <i32>load<u16>(table + (<usize>mid << 2));
    const last = <i32>load<u16>(table + (<usize>mid << 2) + 2);
    if (c < first) hi = mid - 1;
    else if (c > last) lo = mid + 1;
    else return true;
  }
  return false;
}

function inRanges32(table: usize, count: i32, c: i32): bool {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const first = <i32>load<u32>(table + (<usize>mid << 3));
    const last = <i32>load<u32>(table + (<usize>mid << 3) + 4);
    if (c < first) hi = mid - 1;
    else if (c > last) lo = mid + 1;
    else return true;
  }
  return false;
}

// @ts-ignore: decorator
@inline export function isAsciiLetter(c: i32): bool {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

// @ts-ignore: decorator
@inline export function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39;
}

// @ts-ignore: decorator
@inline export function isHexDigit(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

export function hexValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

// The tokenizer's cheap pre-test (CPython's is_potential_identifier_start/char): any
// non-ASCII code point may belong to an identifier; the token is verified afterwards.
// @ts-ignore: decorator
@inline export function isPotentialIdentifierStart(c: i32): bool {
  return isAsciiLetter(c) || c == 0x5f || c >= 128;
}

// @ts-ignore: decorator
@inline export function isPotentialIdentifierChar(c: i32): bool {
  return isAsciiLetter(c) || isDigit(c) || c == 0x5f || c >= 128;
}

export function isXidStart(c: i32): bool {
  if (c < 128) return isAsciiLetter(c) || c == 0x5f;
  if (c <= 0xffff) return inRanges16(XID_START_BMP, XID_START_BMP_COUNT, c);
  return inRanges32(XID_START_ASTRAL, XID_START_ASTRAL_COUNT, c);
}

export function isXidContinue(c: i32): bool {
  if (c < 128) return isAsciiLetter(c) || isDigit(c) || c == 0x5f;
  if (c <= 0xffff) return inRanges16(XID_CONTINUE_BMP, XID_CONTINUE_BMP_COUNT, c);
  return inRanges32(XID_CONTINUE_ASTRAL, XID_CONTINUE_ASTRAL_COUNT, c);
}

// str.isprintable() for one code point (Py_UNICODE_ISPRINTABLE).
export function isPrintable(c: i32): bool {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  if (c <= 0xffff) return !inRanges16(NON_PRINTABLE_BMP, NON_PRINTABLE_BMP_COUNT, c);
  if (c > 0x10ffff) return false;
  return !inRanges32(NON_PRINTABLE_ASTRAL, NON_PRINTABLE_ASTRAL_COUNT, c);
}

// Compatibility mappings applied to identifiers, the part of NFKC (PEP 3131) that real
// code meets: fullwidth ASCII, letterlike and mathematical alphanumeric symbols, Greek
// symbol variants, ligatures. Returns -1 when `c` maps to itself; multi-character
// mappings return -2 and are spelled out by compatibilityExpansion().
function compatibilityMapping(c: i32): i32 {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xff01 + 0x21;
  if (c >= 0x1d400 && c <= 0x1d6a3) {
    const i = (c - 0x1d400) % 52;
    return i < 26 ? 0x41 + i : 0x61 + i - 26;
  }
  if (c >= 0x1d7ce && c <= 0x1d7ff) return 0x30 + ((c - 0x1d7ce) % 10);
  switch (c) {
    case 0xaa: return 0x61;
    case 0xb5: return 0x3bc;
    case 0xba: return 0x6f;
    case 0x17f: return 0x73;
    case 0x3d0: return 0x3b2;
    case 0x3d1: return 0x3b8;
    case 0x3d5: return 0x3c6;
    case 0x3d6: return 0x3c0;
    case 0x3f0: return 0x3ba;
    case 0x3f1: return 0x3c1;
    case 0x3f4: return 0x398;
    case 0x3f5: return 0x3b5;
    case 0x2071: return 0x69;
    case 0x207f: return 0x6e;
    case 0x2102: return 0x43;
    case 0x210a: return 0x67;
    case 0x210b: case 0x210c: case 0x210d: return 0x48;
    case 0x210e: return 0x68;
    case 0x2110: case 0x2111: return 0x49;
    case 0x2112: return 0x4c;
    case 0x2113: return 0x6c;
    case 0x2115: return 0x4e;
    case 0x2119: return 0x50;
    case 0x211a: return 0x51;
    case 0x211b: case 0x211c: case 0x211d: return 0x52;
    case 0x2124: case 0x2128: return 0x5a;
    case 0x212a: return 0x4b;
    case 0x212b: return 0xc5;
    case 0x212c: return 0x42;
    case 0x212d: return 0x43;
    case 0x212f: return 0x65;
    case 0x2130: return 0x45;
    case 0x2131: return 0x46;
    case 0x2133: return 0x4d;
    case 0x2134: return 0x6f;
    case 0x2139: return 0x69;
    case 0xfb00: case 0xfb01: case 0xfb02: case 0xfb03: case 0xfb04: case 0xfb05: case 0xfb06: return -2;
    default: return -1;
  }
}

function compatibilityExpansion(c: i32): string {
  switch (c) {
    case 0xfb00: return "ff";
    case 0xfb01: return "fi";
    case 0xfb02: return "fl";
    case 0xfb03: return "ffi";
    case 0xfb04: return "ffl";
    default: return "st";
  }
}

// The identifier as CPython stores it after NFKC normalisation (see compatibilityMapping
// for the subset covered; canonical composition of combining marks is not done).
export function normalizeIdentifier(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let changed = false;
  const out = new Array<string>();
  for (let i = 0; i < s.length; i++) {
    let c = <i32>s.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = <i32>s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    const m = compatibilityMapping(c);
    if (m == -1) {
      out.push(s.substring(i, i + width));
    } else {
      changed = true;
      out.push(m == -2 ? compatibilityExpansion(c) : String.fromCodePoint(m));
    }
    i += width - 1;
  }
  return changed ? out.join("") : s;
}
