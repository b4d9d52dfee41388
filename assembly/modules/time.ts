// The time module over the host clocks (host/imports.ts: wall clock and monotonic clock,
// both in milliseconds as f64).
//
// The host gives no CPU-time or time-zone information: process_time counts monotonic time
// since start-up, and local time is UTC (timezone = altzone = 0, tzname = ('UTC', 'UTC')).
// struct_time is a tuple subtype whose tm_* fields are read-only properties; its repr is the
// plain tuple repr (XXX: CPython prints "time.struct_time(tm_year=..., ...)").
// sleep() waits by polling the monotonic clock and the host's interrupt callback, so a
// sleeping program can still be interrupted.
import { Value, NONE, ERR, fromSmall, isFloat, floatOf, fromFloat, fromObj, objOf, isPtr } from "../objects/value";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyStr, intern, strValue } from "../objects/str";
import { PyTuple, newTuple2 } from "../objects/tuple";
import { PyBuiltin, PyModule, PyProperty, NativeFn } from "../objects/function";
import { E } from "../objects/exceptions";
import { isIntValue, intToF64, intFitsI64, intToI64, intFromI64 } from "../objects/int";
import { raise, typeError, typeName, valueError } from "../runtime/errors";
import { noKeywords, checkPositional } from "../runtime/args";
import { index, length } from "../runtime/abstract";
import { newModule } from "../runtime/import";
import { defFunction } from "../runtime/builtins";
import { makeType } from "../objects/typeinit";
import { hostTimeNow, hostTimeMonotonic, hostPoll } from "../host/imports";

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

let startMonotonic: f64 = -1;

function noArgs(name: string, nargs: i32, kwnames: PyTuple | null): bool {
  return (kwnames === null || noKeywords("time." + name, kwnames)) && checkPositional("time." + name, nargs, 0, 0);
}

// Milliseconds to integer nanoseconds.
function nanos(ms: f64): Value {
  const whole = Math.floor(ms);
  const frac = ms - whole;
  return intFromI64(<i64>whole * 1_000_000 + <i64>Math.round(frac * 1e6));
}

function t_time(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("time", nargs, kwnames)) return ERR;
  return fromFloat(hostTimeNow() / 1000.0);
}

function t_time_ns(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("time_ns", nargs, kwnames)) return ERR;
  return nanos(hostTimeNow());
}

function t_monotonic(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("monotonic", nargs, kwnames)) return ERR;
  return fromFloat(hostTimeMonotonic() / 1000.0);
}

function t_monotonic_ns(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("monotonic_ns", nargs, kwnames)) return ERR;
  return nanos(hostTimeMonotonic());
}

function t_perf_counter(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("perf_counter", nargs, kwnames)) return ERR;
  return fromFloat(hostTimeMonotonic() / 1000.0);
}

function t_perf_counter_ns(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("perf_counter_ns", nargs, kwnames)) return ERR;
  return nanos(hostTimeMonotonic());
}

function sinceStart(): f64 {
  return hostTimeMonotonic() - startMonotonic;
}

function t_process_time(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("process_time", nargs, kwnames)) return ERR;
  return fromFloat(sinceStart() / 1000.0);
}

function t_process_time_ns(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noArgs("process_time_ns", nargs, kwnames)) return ERR;
  return nanos(sinceStart());
}

// Seconds as CPython's _PyTime_FromSecondsObject reads them (floats, or anything with
// __index__); NaN after raising.
function secondsOf(v: Value): f64 {
  if (isFloat(v)) {
    const x = floatOf(v);
    if (isNaN(x)) {
      valueError("Invalid value NaN (not a number)");
      return NaN;
    }
    return x;
  }
  const i = index(v);
  if (i == ERR) return NaN;
  return intToF64(i);
}

function t_sleep(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("time.sleep", kwnames) || !checkPositional("time.sleep", nargs, 1, 1)) return ERR;
  const secs = secondsOf(arg(args, 0));
  if (isNaN(secs)) return ERR;
  if (secs < 0) return valueError("sleep length must be non-negative");
  if (secs > 9.2e9) return raise(E.OverflowError, "timestamp too large to convert to C _PyTime_t");
  const deadline = hostTimeMonotonic() + secs * 1000.0;
  while (hostTimeMonotonic() < deadline) {
    if (hostPoll() != 0) return raise(E.KeyboardInterrupt, "");
  }
  return NONE;
}

// ---- calendar arithmetic (proleptic Gregorian, UTC) ----

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
function daysFromCivil(y: i64, m: i64, d: i64): i64 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The nine struct_time fields of a UTC timestamp in whole seconds.
function brokenDown(t: i64): StaticArray<i64> {
  let days = t / 86400;
  let rem = t % 86400;
  if (rem < 0) {
    rem += 86400;
    days -= 1;
  }
  const z = days + 719468;
  const era = (z >= 0 ? z : z - 146096) / 146097;
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  let y = yoe + era * 400;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  const d = doy - (153 * mp + 2) / 5 + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y += 1;
  const out = new StaticArray<i64>(9);
  unchecked(out[0] = y);
  unchecked(out[1] = m);
  unchecked(out[2] = d);
  unchecked(out[3] = rem / 3600);
  unchecked(out[4] = (rem % 3600) / 60);
  unchecked(out[5] = rem % 60);
  let wday = (days + 3) % 7; // 1970-01-01 was a Thursday (Monday == 0)
  if (wday < 0) wday += 7;
  unchecked(out[6] = wday);
  unchecked(out[7] = days - daysFromCivil(y, 1, 1) + 1);
  unchecked(out[8] = 0);
  return out;
}

let structTimeType: PyType | null = null;

function makeStructTime(f: StaticArray<i64>): Value {
  const t = new PyTuple(9);
  t.cls = structTimeType;
  for (let i = 0; i < 9; i++) t.set(i, intFromI64(unchecked(f[i])));
  return fromObj(t);
}

// The timestamp argument of gmtime/localtime/ctime: None means now; floats round down.
function timestampArg(args: usize, nargs: i32, out: StaticArray<i64>): bool {
  let secs: f64;
  if (nargs == 0 || arg(args, 0) == NONE) {
    secs = hostTimeNow() / 1000.0;
  } else {
    const v = arg(args, 0);
    if (isIntValue(v)) {
      if (!intFitsI64(v)) {
        raise(E.OverflowError, "timestamp out of range for platform time_t");
        return false;
      }
      unchecked(out[0] = intToI64(v));
      return true;
    }
    secs = secondsOf(v);
    if (isNaN(secs)) return false;
  }
  const f = Math.floor(secs);
  if (!(f >= -9.2e18 && f <= 9.2e18)) {
    raise(E.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  unchecked(out[0] = <i64>f);
  return true;
}

function t_gmtime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("gmtime", kwnames) || !checkPositional("gmtime", nargs, 0, 1)) return ERR;
  const ts = new StaticArray<i64>(1);
  if (!timestampArg(args, nargs, ts)) return ERR;
  return makeStructTime(brokenDown(unchecked(ts[0])));
}

function t_localtime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("localtime", kwnames) || !checkPositional("localtime", nargs, 0, 1)) return ERR;
  const ts = new StaticArray<i64>(1);
  if (!timestampArg(args, nargs, ts)) return ERR;
  return makeStructTime(brokenDown(unchecked(ts[0])));
}

// The nine fields of a struct_time or 9-sequence argument; null after raising.
function fieldsOf(fname: string, v: Value): StaticArray<i64> | null {
  if (!(isPtr(v) && typeOf(v).kind == Kind.TUPLE)) {
    typeError("Tuple or struct_time argument required");
    return null;
  }
  const t = changetype<PyTuple>(objOf(v));
  if (t.length != 9) {
    typeError(fname + "(): illegal time tuple argument");
    return null;
  }
  const out = new StaticArray<i64>(9);
  for (let i = 0; i < 9; i++) {
    const x = index(t.get(i));
    if (x == ERR) return null;
    if (!intFitsI64(x)) {
      raise(E.OverflowError, "Python int too large to convert to C int");
      return null;
    }
    unchecked(out[i] = intToI64(x));
  }
  return out;
}

// struct_time argument or now.
function fieldsOrNow(fname: string, args: usize, nargs: i32, at: i32): StaticArray<i64> | null {
  if (nargs <= at) return brokenDown(<i64>Math.floor(hostTimeNow() / 1000.0));
  return fieldsOf(fname, arg(args, at));
}

// @ts-ignore: decorator
@lazy const DAY_NAMES: Array<string> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// @ts-ignore: decorator
@lazy const MONTH_NAMES: Array<string> = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

function pad(v: i64, width: i32, fill: string): string {
  const neg = v < 0;
  let s = (neg ? -v : v).toString();
  while (s.length < width) s = fill + s;
  return neg ? "-" + s : s;
}

function dayName(f: StaticArray<i64>): string {
  const w = unchecked(f[6]);
  return w >= 0 && w < 7 ? DAY_NAMES[<i32>w] : "?";
}

function monthName(f: StaticArray<i64>): string {
  const m = unchecked(f[1]);
  return m >= 1 && m <= 12 ? MONTH_NAMES[<i32>m - 1] : "?";
}

function asctimeOf(f: StaticArray<i64>): string {
  return dayName(f).substring(0, 3) + " " + monthName(f).substring(0, 3) + " " + pad(unchecked(f[2]), 2, " ") + " "
    + pad(unchecked(f[3]), 2, "0") + ":" + pad(unchecked(f[4]), 2, "0") + ":" + pad(unchecked(f[5]), 2, "0") + " "
    + unchecked(f[0]).toString();
}

// Week number with weeks starting on `firstDay` (0 = Sunday for %U, 1 = Monday for %W).
function weekNumber(f: StaticArray<i64>, firstDay: i64): i64 {
  const yday = unchecked(f[7]) - 1;
  const wday = (unchecked(f[6]) + 1) % 7; // Sunday == 0
  return (yday + 7 - ((wday - firstDay + 7) % 7)) / 7;
}

// strftime for the C locale (the directives glibc supports in the "C" locale).
function strftimeOf(fmt: string, f: StaticArray<i64>): string | null {
  let out = "";
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt.charAt(i);
    if (c != "%" || i + 1 >= n) {
      out += c;
      continue;
    }
    const d = fmt.charAt(++i);
    const year = unchecked(f[0]);
    const hour = unchecked(f[3]);
    if (d == "a") out += dayName(f).substring(0, 3);
    else if (d == "A") out += dayName(f);
    else if (d == "b" || d == "h") out += monthName(f).substring(0, 3);
    else if (d == "B") out += monthName(f);
    else if (d == "c") out += asctimeOf(f);
    else if (d == "C") out += pad(year / 100, 2, "0");
    else if (d == "d") out += pad(unchecked(f[2]), 2, "0");
    else if (d == "D") out += pad(unchecked(f[1]), 2, "0") + "/" + pad(unchecked(f[2]), 2, "0") + "/" + pad(year % 100, 2, "0");
    else if (d == "e") out += pad(unchecked(f[2]), 2, " ");
    else if (d == "F") out += pad(year, 4, "0") + "-" + pad(unchecked(f[1]), 2, "0") + "-" + pad(unchecked(f[2]), 2, "0");
    else if (d == "H") out += pad(hour, 2, "0");
    else if (d == "I") out += pad(hour % 12 == 0 ? 12 : hour % 12, 2, "0");
    else if (d == "j") out += pad(unchecked(f[7]), 3, "0");
    else if (d == "k") out += pad(hour, 2, " ");
    else if (d == "l") out += pad(hour % 12 == 0 ? 12 : hour % 12, 2, " ");
    else if (d == "m") out += pad(unchecked(f[1]), 2, "0");
    else if (d == "M") out += pad(unchecked(f[4]), 2, "0");
    else if (d == "n") out += "\n";
    else if (d == "p") out += hour < 12 ? "AM" : "PM";
    else if (d == "r") out += pad(hour % 12 == 0 ? 12 : hour % 12, 2, "0") + ":" + pad(unchecked(f[4]), 2, "0") + ":" + pad(unchecked(f[5]), 2, "0") + " " + (hour < 12 ? "AM" : "PM");
    else if (d == "R") out += pad(hour, 2, "0") + ":" + pad(unchecked(f[4]), 2, "0");
    else if (d == "S") out += pad(unchecked(f[5]), 2, "0");
    else if (d == "t") out += "\t";
    else if (d == "T" || d == "X") out += pad(hour, 2, "0") + ":" + pad(unchecked(f[4]), 2, "0") + ":" + pad(unchecked(f[5]), 2, "0");
    else if (d == "u") out += (unchecked(f[6]) + 1).toString();
    else if (d == "U") out += pad(weekNumber(f, 0), 2, "0");
    else if (d == "w") out += ((unchecked(f[6]) + 1) % 7).toString();
    else if (d == "W") out += pad(weekNumber(f, 1), 2, "0");
    else if (d == "x") out += pad(unchecked(f[1]), 2, "0") + "/" + pad(unchecked(f[2]), 2, "0") + "/" + pad(year % 100, 2, "0");
    else if (d == "y") out += pad(year % 100, 2, "0");
    else if (d == "Y") out += year.toString();
    else if (d == "z") out += "+0000";
    else if (d == "Z") out += "UTC";
    else if (d == "%") out += "%";
    else out += "%" + d;
  }
  return out;
}

// The range checks CPython's checktm() applies before formatting.
function checkFields(f: StaticArray<i64>): bool {
  const mon = unchecked(f[1]);
  if (mon == 0) unchecked(f[1] = 1);
  else if (mon < 0 || mon > 12) {
    valueError("month out of range");
    return false;
  }
  const mday = unchecked(f[2]);
  if (mday == 0) unchecked(f[2] = 1);
  else if (mday < 0 || mday > 31) {
    valueError("day of month out of range");
    return false;
  }
  if (unchecked(f[3]) < 0 || unchecked(f[3]) > 23) {
    valueError("hour out of range");
    return false;
  }
  if (unchecked(f[4]) < 0 || unchecked(f[4]) > 59) {
    valueError("minute out of range");
    return false;
  }
  if (unchecked(f[5]) < 0 || unchecked(f[5]) > 61) {
    valueError("seconds out of range");
    return false;
  }
  if (unchecked(f[6]) < 0) {
    valueError("day of week out of range");
    return false;
  }
  unchecked(f[6] = unchecked(f[6]) % 7);
  const yday = unchecked(f[7]);
  if (yday == 0) unchecked(f[7] = 1);
  else if (yday < 0 || yday > 366) {
    valueError("day of year out of range");
    return false;
  }
  return true;
}

function t_strftime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("strftime", kwnames) || !checkPositional("strftime", nargs, 1, 2)) return ERR;
  const fmt = arg(args, 0);
  if (!(isPtr(fmt) && typeOf(fmt).kind == Kind.STR)) return typeError("strftime() argument 1 must be str, not " + typeName(fmt));
  const f = fieldsOrNow("strftime", args, nargs, 1);
  if (f === null) return ERR;
  if (!checkFields(f)) return ERR;
  const s = strftimeOf(changetype<PyStr>(objOf(fmt)).s, f);
  return s === null ? ERR : strValue(s);
}

function t_asctime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("asctime", kwnames) || !checkPositional("asctime", nargs, 0, 1)) return ERR;
  const f = fieldsOrNow("asctime", args, nargs, 0);
  if (f === null) return ERR;
  if (!checkFields(f)) return ERR;
  return strValue(asctimeOf(f));
}

function t_ctime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("ctime", kwnames) || !checkPositional("ctime", nargs, 0, 1)) return ERR;
  const ts = new StaticArray<i64>(1);
  if (!timestampArg(args, nargs, ts)) return ERR;
  return strValue(asctimeOf(brokenDown(unchecked(ts[0]))));
}

// mktime: the inverse of localtime (which is UTC here); day/month overflow normalises.
function t_mktime(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("mktime", kwnames) || !checkPositional("mktime", nargs, 1, 1)) return ERR;
  const f = fieldsOf("mktime", arg(args, 0));
  if (f === null) return ERR;
  let year = unchecked(f[0]);
  let month = unchecked(f[1]) - 1;
  year += month >= 0 ? month / 12 : (month - 11) / 12;
  month = ((month % 12) + 12) % 12;
  const days = daysFromCivil(year, month + 1, 1) + unchecked(f[2]) - 1;
  const secs = days * 86400 + unchecked(f[3]) * 3600 + unchecked(f[4]) * 60 + unchecked(f[5]);
  return fromFloat(<f64>secs);
}

// ---- struct_time fields ----

function fieldOf(args: usize, nargs: i32, i: i32): Value {
  if (nargs < 1) return typeError("struct_time field needs an instance");
  const v = arg(args, 0);
  if (!(isPtr(v) && typeOf(v).kind == Kind.TUPLE) || changetype<PyTuple>(objOf(v)).length <= i) {
    return typeError("descriptor requires a 'time.struct_time' object");
  }
  return changetype<PyTuple>(objOf(v)).get(i);
}

function st_year(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 0); }
function st_mon(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 1); }
function st_mday(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 2); }
function st_hour(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 3); }
function st_min(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 4); }
function st_sec(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 5); }
function st_wday(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 6); }
function st_yday(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 7); }
function st_isdst(a: usize, n: i32, k: PyTuple | null): Value { return fieldOf(a, n, 8); }
function st_zone(a: usize, n: i32, k: PyTuple | null): Value { return strValue("UTC"); }
function st_gmtoff(a: usize, n: i32, k: PyTuple | null): Value { return fromSmall(0); }

function defField(t: PyType, name: string, fn: NativeFn): void {
  const p = new PyProperty(T.property);
  p.fget = fromObj(new PyBuiltin(name, fn, t, 0));
  p.name = strValue(name);
  t.tpDict.setStr(intern(name), fromObj(p));
}

function structTime(): PyType {
  let t = structTimeType;
  if (t !== null) return t;
  t = makeType("struct_time", Kind.TUPLE, T.tuple, false);
  // makeType leaves the class of the type to the start-up bootstrap, long past here.
  t.cls = T.type;
  t.tpDict.cls = T.dict;
  t.module = strValue("time");
  t.qualname = "struct_time";
  structTimeType = t;
  defField(t, "tm_year", st_year);
  defField(t, "tm_mon", st_mon);
  defField(t, "tm_mday", st_mday);
  defField(t, "tm_hour", st_hour);
  defField(t, "tm_min", st_min);
  defField(t, "tm_sec", st_sec);
  defField(t, "tm_wday", st_wday);
  defField(t, "tm_yday", st_yday);
  defField(t, "tm_isdst", st_isdst);
  defField(t, "tm_zone", st_zone);
  defField(t, "tm_gmtoff", st_gmtoff);
  t.tpDict.setStr(intern("n_fields"), fromSmall(11));
  t.tpDict.setStr(intern("n_sequence_fields"), fromSmall(9));
  t.tpDict.setStr(intern("n_unnamed_fields"), fromSmall(0));
  return t;
}

// ---- the module ----

let timeModuleObj: PyModule | null = null;

export function timeModule(): Value {
  let m = timeModuleObj;
  if (m !== null) return fromObj(m);
  m = newModule("time", null);
  timeModuleObj = m;
  if (startMonotonic < 0) startMonotonic = hostTimeMonotonic();
  const d = m.mdict;
  defFunction(d, "time", t_time);
  defFunction(d, "time_ns", t_time_ns);
  defFunction(d, "monotonic", t_monotonic);
  defFunction(d, "monotonic_ns", t_monotonic_ns);
  defFunction(d, "perf_counter", t_perf_counter);
  defFunction(d, "perf_counter_ns", t_perf_counter_ns);
  defFunction(d, "process_time", t_process_time);
  defFunction(d, "process_time_ns", t_process_time_ns);
  defFunction(d, "thread_time", t_process_time);
  defFunction(d, "thread_time_ns", t_process_time_ns);
  defFunction(d, "sleep", t_sleep);
  defFunction(d, "gmtime", t_gmtime);
  defFunction(d, "localtime", t_localtime);
  defFunction(d, "strftime", t_strftime);
  defFunction(d, "asctime", t_asctime);
  defFunction(d, "ctime", t_ctime);
  defFunction(d, "mktime", t_mktime);
  d.setStr(intern("struct_time"), fromObj(structTime()));
  d.setStr(intern("timezone"), fromSmall(0));
  d.setStr(intern("altzone"), fromSmall(0));
  d.setStr(intern("daylight"), fromSmall(0));
  d.setStr(intern("tzname"), newTuple2(strValue("UTC"), strValue("UTC")));
  return fromObj(m);
}
