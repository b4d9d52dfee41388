"""Re-record the floatfmt fixtures from CPython 3.12.1.

Run from the repository root:

    PYENV_VERSION=3.12.1 python3.12 test/unit/floatfmt.regen.py

Writes test/unit/fixtures/floatfmt-*.json. Every case is generated from a fixed seed, so
re-running with the same CPython gives identical files. Doubles are stored as 16 hex digits of
their IEEE-754 bits so no value is ever re-parsed by the test side.
"""

import json
import math
import os
import random
import re
import struct
import sys
import unicodedata
from decimal import Decimal, getcontext

EXPECTED_VERSION = (3, 12, 1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
FLOATFMT_TS = os.path.join(HERE, "..", "..", "assembly", "objects", "floatfmt.ts")

getcontext().prec = 2000


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def outcome(fn):
    try:
        return "=" + fn()
    except Exception as e:  # the fixtures record CPython's exception type and message
        return "!%s: %s" % (type(e).__name__, e)


def write(name, payload):
    payload = {"python": sys.version.split()[0], **payload}
    path = os.path.join(OUT, "floatfmt-%s.json" % name)
    with open(path, "w") as f:
        json.dump(payload, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.relpath(path), os.path.getsize(path), "bytes")


# ── values ──────────────────────────────────────────────────────────────────────────────────

def interesting_doubles(rng):
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
            math.pi, math.e, 1e16, 1e15, 1e17, 1e22, 1e23, 1e-4, 1e-5, 9.999999999999999e-5,
            5e-324, 1e-323, 1.5e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, 9007199254740992.0, 9007199254740994.0, 4503599627370496.5,
            123456789012345680.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e300, 1e-300,
            float.fromhex("0x1.fffffffffffffp-1"), float.fromhex("0x1p-1022"),
            float.fromhex("0x0.fffffffffffffp-1022")]
    for e in range(-1074, 1024, 7):
        vals.append(math.ldexp(1.0, e))
    for e in range(-323, 309, 3):
        vals.append(float("1e%d" % e))
    for t in range(1, 60):
        vals.append(from_bits(t))
    for _ in range(1500):
        b = rng.getrandbits(63)
        x = from_bits(b)
        if math.isfinite(x):
            vals.append(x)
    for _ in range(800):
        digits = rng.randint(1, 17)
        x = float("%de%d" % (rng.randrange(10 ** digits), rng.randint(-330, 300)))
        vals.append(x)
    for _ in range(300):
        vals.append(float(rng.randint(-10 ** 6, 10 ** 6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000]))
    for _ in range(200):
        vals.append(-vals[rng.randrange(len(vals))])
    return vals


# ── repr and PyOS_double_to_string ─────────────────────────────────────────────────────────

def gen_repr(rng):
    cases = [[bits(x), repr(x)] for x in interesting_doubles(rng)]
    for _ in range(3000):
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            cases.append([bits(x), repr(x)])
    return {"cases": cases}


DTSF_SIGN, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 = 1, 2, 4, 8


def gen_tostring(rng):
    """[bits, code, precision, flags, expected]: PyOS_double_to_string as seen through '%'
    formatting (flags 0 / ALT / SIGN) and format() ('z' for NO_NEG_0)."""
    vals = interesting_doubles(rng)
    precisions = list(range(0, 21)) + [25, 30, 40, 60, 100, 400]
    cases = []
    for x in vals:
        for _ in range(2):
            code = rng.choice("eEfFgG")
            p = rng.choice(precisions)
            if code in "fF" and (abs(x) > 1e30 or abs(x) < 1e-30) and p > 40:
                p = rng.choice([0, 3, 17])
            flags = rng.choice([0, 0, DTSF_ALT, DTSF_SIGN, DTSF_NO_NEG_0])
            if flags == 0:
                s = "%.*{}".format(code) % (p, x)
            elif flags == DTSF_ALT:
                s = "%#.*{}".format(code) % (p, x)
            elif flags == DTSF_SIGN:
                s = "%+.*{}".format(code) % (p, x)
            else:
                s = format(x, "z.%d%s" % (p, code))
            cases.append([bits(x), code, p, flags, s])
    return {"cases": cases}


# ── float(str) and literals ────────────────────────────────────────────────────────────────

LITERAL = r"([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?"  # also in floatfmt.test.ts


def gen_parse(rng):
    strings = [
        "1e23", "8.41e21", "2.2250738585072011e-308", "2.2250738585072012e-308", "5e-324",
        "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "9007199254740993", "9007199254740995", "9007199254740992.5", "0.1", "0.3",
        "123456789012345678901234567890", "1" + "0" * 1000 + "e-1000", "0." + "0" * 400 + "1e400",
        "0" * 500 + "1.5", "1e0000000000000000000000000001", "1e-99999999999999999999",
        "1e99999999999999999999", "0e99999999999999999999", ".5", "5.", "-.5e-3", "+1E+2",
        " 1.5 ", "\t\n1.5\r\x0b\x0c", "1_000.000_1", "1e1_0", "1_0e-1_0", "١٢٣", "١.٥",
        "\u00a01.5\u3000", "\u20031\u2028", "１２.５", "\U0001d7cf.\U0001d7d3", "١_٢",
        "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "NAN",
        # errors
        "", " ", "+", "-", ".", "e5", "1e", "1e+", "1.2.3", "1_", "_1", "1__0", "1_.0", "1._0",
        "0x10", "inf_", "infinit", "infinityy", "nanx", "- 1", "1 1", "1\x00", "\x1c1", "1\x1f",
        "++1", "1e1.5", "1_e5", "1e_5", "\ud800", "1\u00e9", "in f", "n an", "1\u200b",
        "0_0", "00", "0.0e-0", "-0", "-0.0", "+0e100",
    ]
    # exact midpoints between neighbouring doubles, and the midpoints nudged by 10^-900
    for x in [1.0, 0.1, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623155e308,
              9007199254740992.0, 1e-300, 123.456]:
        up = math.nextafter(x, math.inf)
        mid = (Decimal(x) + Decimal(up)) / 2
        text = format(mid, "f") if abs(x) > 1e-5 else format(mid, "e")
        strings.append(text)
        mant, _, exp = format(mid, "e").partition("e")
        strings.append(mant + "0" * 900 + "1e" + exp)
        strings.append(str(mid - Decimal("1e-%d" % (900 - int(exp)))))
    for _ in range(1500):
        x = from_bits(rng.getrandbits(63))
        if not math.isfinite(x):
            continue
        form = rng.choice(["%r", "%.17g", "%.25e", "%.40e", "%.3g", "%.16e"])
        strings.append(form % x if form != "%r" else repr(x))
    for _ in range(800):
        nd = rng.choice([1, 2, 5, 10, 15, 16, 17, 18, 19, 20, 25, 40, 100, 300, 850])
        digits = "".join(rng.choice("0123456789") for _ in range(nd))
        point = rng.randint(0, nd)
        exp = rng.randint(-350, 330)
        strings.append("%s.%se%d" % (digits[:point], digits[point:], exp))
    for _ in range(120):
        x = from_bits(rng.getrandbits(63))
        up = math.nextafter(x, math.inf)
        if not math.isfinite(up):
            continue
        mid = (Decimal(x) + Decimal(up)) / 2
        strings.append(format(mid, "e"))
    cases = []
    for s in strings:
        try:
            cases.append([s, bits(float(s))])
        except ValueError:
            cases.append([s, "ValueError"])
    # The test also reads every literal-shaped case as a float literal (parseFloatLiteral);
    # check here that the compiler gives those the value float() gives.
    for s in strings:
        if re.fullmatch(LITERAL, s):
            v = eval(s)
            assert not isinstance(v, float) or bits(v) == bits(float(s)), s
    return {"cases": cases}


# ── round(x, n) ────────────────────────────────────────────────────────────────────────────

def gen_round(rng):
    pairs = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-0.4, 0), (-0.5, 0),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
             (5e-324, 323), (5e-324, 324), (1e300, -400), (123.456, -1), (123.456, -2),
             (123.456, -3), (-123.456, -3), (0.5, 0), (1.5, 0), (1e-5, 5), (1e-5, 4),
             (math.inf, 2), (math.nan, 2), (-math.inf, -2), (0.0, 3), (-0.0, 3), (1.0, 400),
             (1.0, -400), (-1.0, -309), (5e15 + 0.5, 0), (0.285, 2), (1.005, 2)]
    for x in interesting_doubles(rng)[::3]:
        for _ in range(2):
            pairs.append((x, rng.randint(-20, 20)))
        pairs.append((x, rng.randint(-330, 330)))
    cases = []
    for x, n in pairs:
        try:
            cases.append([bits(x), n, bits(round(x, n))])
        except OverflowError:
            cases.append([bits(x), n, "OverflowError"])
    return {"cases": cases}


# ── float.hex / float.fromhex ──────────────────────────────────────────────────────────────

def gen_hex(rng):
    vals = interesting_doubles(rng)
    hexes = [[bits(x), x.hex()] for x in vals]
    strings = [
        "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0", "0x1p-1074",
        "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x0.0000000000001p-1022",
        "0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
        "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999999999999",
        " 0x1p0 ", "0X1P0", "1", ".8", "8.", "inf", "-Infinity", "nan", "+nan", "-0x0p0", "0",
        "0x", "x1", "0x1p", "0x1p+", "0x1.2.3", "0x1 p0", "", " ", "-", "0x.p1", "0x.8p1",
        "0x1.P-2", "abc.defp-9", "ABCDEF.abcdefP+13", "0x" + "0" * 300 + "1p0",
        "0x1" + "0" * 300 + "p-1200", "0x" + "f" * 40 + "p0", "0x1p-1022 ", "\t0x1\n",
        "infinit", "infx", "- inf", "0x1p1_0", "0x1_0", "\u00a00x1", "0x１",
        "0x1.fffffffffffff8p-1023", "0x1.ffffffffffffe8p-1023", "0x0.00000000000008p-1022",
    ]
    for x in vals[::4]:
        if math.isfinite(x):
            h = x.hex()
            strings.append(h)
            m, _, e = h.partition("p")
            strings.append(m + rng.choice(["0", "8", "80", "800000001", "7ff"]) + "p" + e)
    fromhex = []
    for s in strings:
        try:
            fromhex.append([s, bits(float.fromhex(s))])
        except ValueError as e:
            fromhex.append([s, "ValueError: %s" % e])
        except OverflowError as e:
            fromhex.append([s, "OverflowError: %s" % e])
    return {"hex": hexes, "fromhex": fromhex}


# ── format(x, spec) ────────────────────────────────────────────────────────────────────────

FILLS = ["", "<", ">", "^", "=", "*<", "0>", "x^", "\U0001F40D=", "0=", " >", "é<"]


def random_spec(rng, types):
    spec = rng.choice(FILLS)
    spec += rng.choice(["", "", "+", "-", " "])
    spec += rng.choice(["", "", "", "z"])
    spec += rng.choice(["", "", "#"])
    spec += rng.choice(["", "", "0"])
    spec += rng.choice(["", "", "1", "5", "12", "20", "٥"])
    spec += rng.choice(["", "", "", ",", "_"])
    spec += rng.choice(["", "", ".0", ".1", ".3", ".6", ".12", ".17", ".25"])
    spec += rng.choice(types)
    return spec


BAD_SPECS = ["xyz", ".", ",_", "_,", ",,", "__", ",x", "_c", ",n", ".2147483648f", "99999999999999999999",
             ".99999999999999999999", "\U0001F40D6", "z+", "=", "0=", "<<", "^^^", "q", "\x01", "\u20ac",
             "#", "z", "-z#", " z", "+z", ".0", "0", "00", "010", ",", "_", "1_", "s", "d", "c", "%",
             "n", "N", "r", "_b", "_x", ",d", ",%", ",g", ".4294967296", "99999999999999", ">99999999999999",
             ".1000000000g"]


def gen_spec(rng):
    float_vals = [0.0, -0.0, 1.0, -1.5, 1234.5, -1234567.875, 0.0001, 1e16, 1e-5, 123456789.0,
                  1e100, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
                  0.1, 2 / 3, -9.5, 99.99, 0.05, 1e22]
    float_types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%"]
    cases = []
    for spec in BAD_SPECS:
        for x in (1.5, -0.0):
            cases.append([bits(x), spec, outcome(lambda: format(x, spec))])
    for _ in range(2500):
        x = rng.choice(float_vals)
        spec = random_spec(rng, float_types)
        cases.append([bits(x), spec, outcome(lambda: format(x, spec))])
    for _ in range(400):
        x = from_bits(rng.getrandbits(64))
        spec = random_spec(rng, float_types)
        cases.append([bits(x), spec, outcome(lambda: format(x, spec))])

    int_vals = [0, 1, -1, 7, 65, 255, -255, 1234567, -1234567, 2 ** 64, -(10 ** 30), 0x1F40D,
                10 ** 25 + 1, -2 ** 53 - 1]
    int_types = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "E", "G", "F", "s", "q"]
    int_cases = []
    for spec in BAD_SPECS:
        int_cases.append(["255", spec, outcome(lambda: format(255, spec))])
    for _ in range(1500):
        v = rng.choice(int_vals)
        spec = random_spec(rng, int_types)
        if spec.endswith("c") and not (0 <= v < 0x110000):
            continue
        int_cases.append([str(v), spec, outcome(lambda: format(v, spec))])

    str_vals = ["", "a", "abc", "héllo", "\U0001F40Dab", "x" * 30, "tab\tbed"]
    str_types = ["", "", "", "s", "d", "r"]
    str_cases = []
    for spec in BAD_SPECS:
        str_cases.append(["abc", spec, outcome(lambda: format("abc", spec))])
    for _ in range(800):
        v = rng.choice(str_vals)
        spec = random_spec(rng, str_types)
        str_cases.append([v, spec, outcome(lambda: format(v, spec))])
    return {"float": cases, "int": int_cases, "str": str_cases}


# ── printf-style '%' formatting ────────────────────────────────────────────────────────────

def gen_percent(rng):
    flag_sets = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#0", "- ", "+ ", "-+#0"]
    widths = [-1, -1, 0, 1, 5, 12, 25]
    precs = [-1, -1, 0, 1, 3, 5, 17, 30]

    def spec_text(flags, width, prec, conv):
        return "%" + flags + ("" if width < 0 else str(width)) + ("" if prec < 0 else "." + str(prec)) + conv

    floats = []
    vals = interesting_doubles(rng)
    for _ in range(2500):
        x = rng.choice(vals)
        flags, width, prec = rng.choice(flag_sets), rng.choice(widths), rng.choice(precs)
        conv = rng.choice("eEfFgG")
        if conv in "fF" and abs(x) > 1e100:
            prec = min(prec, 3)
        floats.append([bits(x), flags, width, prec, conv, spec_text(flags, width, prec, conv) % x])
    ints = []
    int_vals = [0, 1, -1, 5, -5, 255, -255, 8, -8, 123456789, 2 ** 70, -(3 ** 50)]
    for _ in range(1500):
        v = rng.choice(int_vals)
        flags, width, prec = rng.choice(flag_sets), rng.choice(widths), rng.choice(precs)
        conv = rng.choice("diuxXo")
        ints.append([str(v), flags, width, prec, conv, spec_text(flags, width, prec, conv) % v])
    strs = []
    for _ in range(400):
        v = rng.choice(["", "a", "abc", "héllo", "\U0001F40Dab"])
        flags, width, prec = rng.choice(["", "-", "0", "-0", "#"]), rng.choice(widths), rng.choice(precs)
        strs.append([v, flags, width, prec, spec_text(flags, width, prec, "s") % v])
    return {"float": floats, "int": ints, "str": strs}


# ── the Unicode table embedded in floatfmt.ts ──────────────────────────────────────────────

def check_unicode_table():
    zeros = [c for c in range(sys.maxunicode + 1) if unicodedata.decimal(chr(c), -1) == 0]
    text = open(FLOATFMT_TS).read()
    table = text[text.index("DECIMAL_ZEROS"):]
    table = table[table.index("[") + 1:table.index("]")]
    embedded = [int(t, 16) for t in table.replace("\n", " ").split(",") if t.strip()]
    if embedded != zeros:
        sys.exit("floatfmt.ts DECIMAL_ZEROS does not match unicodedata %s" % unicodedata.unidata_version)
    for z in zeros:
        for d in range(10):
            assert unicodedata.decimal(chr(z + d)) == d


def main():
    if sys.version_info[:3] != EXPECTED_VERSION:
        sys.exit("run with CPython %s (PYENV_VERSION=3.12.1 python3.12)" % ".".join(map(str, EXPECTED_VERSION)))
    check_unicode_table()
    os.makedirs(OUT, exist_ok=True)
    write("repr", gen_repr(random.Random(1)))
    write("tostring", gen_tostring(random.Random(2)))
    write("parse", gen_parse(random.Random(3)))
    write("round", gen_round(random.Random(4)))
    write("hex", gen_hex(random.Random(5)))
    write("spec", gen_spec(random.Random(6)))
    write("percent", gen_percent(random.Random(7)))


if __name__ == "__main__":
    main()
