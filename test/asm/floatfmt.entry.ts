// Test-only wasm entry for floatfmt.ts and formatspec.ts, compiled by test/unit/floatfmt.test.ts.
//
// ABI: strings go in through inputBuffer() (UTF-16 code units written by the host, then
// sliced by unit offsets) and come out as AS string pointers (byte length at ptr - 4).
// Every format* and percent* export returns "=" + result on success, or "!" + "<ExcType>:
// <message>" on error, so fixtures can hold CPython's outcome either way. Nothing here ships.

import {
  floatToString,
  reprFloat,
  parseFloat as pyParseFloat,
  parseFloatLiteral,
  floatErrorCode,
  floatHex,
  floatFromHex,
  roundFloat,
  floorLog2Pow10,
  floorLog10Pow2,
  floorLog10ThreeQuartersPow2,
} from "../../assembly/objects/floatfmt";
import {
  parseFormatSpec,
  formatErrorMessage,
  formatErrorIsMemory,
  formatFloatSpec,
  checkIntSpec,
  formatIntDigits,
  formatStrSpec,
  formatPercentFloat,
  formatPercentInt,
  formatPercentStr,
} from "../../assembly/objects/formatspec";

let input = new StaticArray<u16>(256);

export function inputBuffer(units: i32): usize {
  if (input.length < units) input = new StaticArray<u16>(units);
  return changetype<usize>(input);
}

function inputSlice(from: i32, to: i32): string {
  return String.UTF16.decodeUnsafe(changetype<usize>(input) + (<usize>from << 1), <usize>(to - from) << 1);
}

export function collect(): void {
  __collect();
}

export function repr(x: f64): string {
  return reprFloat(x);
}

export function toText(x: f64, code: i32, precision: i32, flags: i32): string {
  return floatToString(x, code, precision, flags);
}

export function parse(units: i32): f64 {
  return pyParseFloat(inputSlice(0, units));
}

export function parseLiteral(units: i32): f64 {
  return parseFloatLiteral(inputSlice(0, units));
}

export function status(): i32 {
  return floatErrorCode();
}

export function hex(x: f64): string {
  return floatHex(x);
}

export function fromHex(units: i32): f64 {
  return floatFromHex(inputSlice(0, units));
}

export function round(x: f64, ndigits: i32): f64 {
  return roundFloat(x, ndigits);
}

export function log2Pow10(e: i32): i32 {
  return floorLog2Pow10(e);
}

export function log10Pow2(q: i32): i32 {
  return floorLog10Pow2(q);
}

export function log10ThreeQuartersPow2(q: i32): i32 {
  return floorLog10ThreeQuartersPow2(q);
}

function outcome(result: string | null, typeName: string): string {
  if (result !== null) return "=" + result;
  if (formatErrorIsMemory()) return "!MemoryError: ";
  return "!ValueError: " + formatErrorMessage(typeName);
}

export function formatFloat(x: f64, specUnits: i32): string {
  const spec = parseFormatSpec(inputSlice(0, specUnits));
  if (spec === null) return outcome(null, "float");
  return outcome(formatFloatSpec(x, spec), "float");
}

/** Type code point of a spec, 0 for none, or -1 with the outcome kept for formatInt. */
export function specType(specUnits: i32): i32 {
  const spec = parseFormatSpec(inputSlice(0, specUnits), 100);
  return spec === null ? -1 : spec.type;
}

/**
 * format(int, spec) as a caller would do it: input holds spec then digits (already in the
 * type's radix, or the character for 'c'); asFloat is float(value) for e/f/g/% types.
 */
export function formatInt(neg: bool, asFloat: f64, specUnits: i32, digitsUnits: i32): string {
  const spec = parseFormatSpec(inputSlice(0, specUnits), 100);
  if (spec === null) return outcome(null, "int");
  if (!checkIntSpec(spec)) return outcome(null, "int");
  const t = spec.type;
  if (t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37) {
    return outcome(formatFloatSpec(asFloat, spec), "int");
  }
  let prefix = "";
  if (spec.alternate) {
    if (t == 98) prefix = "0b";
    else if (t == 111) prefix = "0o";
    else if (t == 120) prefix = "0x";
    else if (t == 88) prefix = "0X";
  }
  const digits = inputSlice(specUnits, specUnits + digitsUnits);
  return outcome(formatIntDigits(neg, digits, spec, prefix), "int");
}

export function formatStr(specUnits: i32, valueUnits: i32): string {
  const spec = parseFormatSpec(inputSlice(0, specUnits), 115);
  if (spec === null) return outcome(null, "str");
  return outcome(formatStrSpec(inputSlice(specUnits, specUnits + valueUnits), spec), "str");
}

export function percentFloat(x: f64, flags: i32, width: i32, precision: i32, conv: i32): string {
  return outcome(formatPercentFloat(x, flags, width, precision, conv), "float");
}

export function percentInt(neg: bool, digitsUnits: i32, flags: i32, width: i32, precision: i32, conv: i32): string {
  return outcome(formatPercentInt(neg, inputSlice(0, digitsUnits), flags, width, precision, conv), "int");
}

export function percentStr(units: i32, flags: i32, width: i32, precision: i32): string {
  return outcome(formatPercentStr(inputSlice(0, units), flags, width, precision), "str");
}
