"""Re-record test/unit/bigint.fixture.json from CPython 3.12.1 (the oracle for bigint.test.ts).

    PYENV_VERSION=3.12.1 python3.12 test/unit/bigint.regen.py

Records, deterministically (fixed seed):
  fromString  int(s, base) for hand-picked and generated strings: decimal result or null
  digitLimit  strings whose int() hits the default 4300-digit limit, with the digit count
  unicode     every non-ASCII decimal digit and whitespace character, and the code points
              next to each digit run (int() rejects them)
  hash        hash(n) for assorted n
  trueDiv     repr(a / b) for hard-to-round quotients
Integers are written with Python's hex() ("-0x1f") unless stated otherwise.
  toBytes     n.to_bytes(...) results or the OverflowError
It also checks that assembly/objects/bigint.ts's UNICODE_DIGIT_ZEROS table matches
unicodedata, and fails if it does not.
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "bigint.fixture.json")
SOURCE = os.path.join(ROOT, "assembly", "objects", "bigint.ts")

if sys.version_info[:3] != (3, 12, 1):
    sys.exit(f"need CPython 3.12.1, got {sys.version}")

rng = random.Random(20241121)


def parse(s, base):
    try:
        return str(int(s, base))
    except ValueError:
        return None


def digit_zeros():
    zeros = [c for c in range(128, 0x110000) if unicodedata.decimal(chr(c), -1) == 0]
    for z in zeros:
        assert all(unicodedata.decimal(chr(z + d), -1) == d for d in range(10)), hex(z)
    return zeros


def check_table(zeros):
    text = open(SOURCE, encoding="utf-8").read()
    block = re.search(r"UNICODE_DIGIT_ZEROS = memory\.data<u32>\(\[(.*?)\]\)", text, re.S)
    table = [int(x, 16) for x in re.findall(r"0x[0-9a-fA-F]+", block.group(1))]
    if table != zeros:
        sys.exit("UNICODE_DIGIT_ZEROS in bigint.ts is out of date: " + ", ".join(hex(z) for z in zeros))
    count = int(re.search(r"UNICODE_DIGIT_RUNS: i32 = (\d+)", text).group(1))
    if count != len(zeros):
        sys.exit(f"UNICODE_DIGIT_RUNS should be {len(zeros)}")


BASES = [0, 2, 3, 8, 10, 11, 12, 16, 36]
BODIES = [
    "0", "00", "000", "0_0", "0_00", "010", "0_7", "07", "09", "1", "7", "9", "10", "1_000",
    "1__0", "_1", "1_", "_", "__", "0x1f", "0X1F", "0x_1f", "0x__1", "0x", "0x_", "0b101",
    "0B101", "0b_1", "0b1_", "0b", "0o17", "0O17", "0o_7", "0o8", "0b2", "0xg", "0_x1",
    "0x1_f", "z", "Z", "zz", "1e5", "1.0", "12a", "abc", "ABC", "0b1", "0o1", "0x1", "b1",
    "x1", "0xx1", "00x1", "1 2", "1\t", "\u0663", "\u0967\u0968", "\uff11\uff10", "1\u0663",
    "\U0001d7ce\U0001d7cf", "\u00b2", "\u2167", "\u0660x1", "0\u0660", "\u0660\u0661",
    "123456789012345678901234567890", "-", "+", "", "\x00", "1\x00", "\x7f", "\u00e9",
    "\ud800", "\udc00", "9" * 25, "f" * 30, "1" + "_0" * 20, "z" * 12, "0" * 30 + "1",
]
AFFIXES = ["", " ", "\t\n", "\x0b\x0c\r", "\u3000", "\x85", "\xa0", "\u2028", "\x1c", "\u200b"]
SIGNS = ["", "+", "-", "--", "+-", "- "]


def from_string_cases():
    cases = []
    for body in BODIES:
        for base in BASES:
            cases.append((body, base))
            cases.append(("-" + body, base))
    for _ in range(2500):
        s = rng.choice(AFFIXES) + rng.choice(SIGNS) + rng.choice(BODIES) + rng.choice(AFFIXES)
        cases.append((s, rng.choice(BASES)))
    alphabet = "0123456789abfxoXOBzZ_ +-\t\u0663"
    for _ in range(2500):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
        cases.append((s, rng.choice(BASES + [4, 5, 7, 32])))
    for base in range(2, 37):
        for _ in range(6):
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
            body = "".join(rng.choice(digits) for _ in range(rng.randint(1, 60)))
            if rng.random() < 0.3:
                body = body.upper()
            cases.append((body, base))
    return [[s, base, parse(s, base)] for s, base in cases]


def digit_limit_cases():
    """[prefix, repeated unit, repeat count, suffix, base, digit count in the error or 0]"""
    cases = []
    for parts in [
        ("", "1", 4300, "", 10), ("", "1", 4301, "", 10), ("", "1", 5000, "x", 10),
        ("", "1_", 4300, "1", 10), ("  -", "7", 4400, " ", 0), ("0x", "f", 6000, "", 0),
        ("", "f", 6000, "", 16), ("", "1", 6000, "", 2), ("", "1", 4301, "", 3),
        ("", "z", 4400, "", 36), ("", "0", 4400, "", 10), ("", "0_", 4400, "0", 0),
        ("", "1", 4400, "", 8), ("", "1", 4400, "", 32),
    ]:
        prefix, unit, count, suffix, base = parts
        try:
            int(prefix + unit * count + suffix, base)
            cases.append([*parts, 0])
        except ValueError as e:
            m = re.search(r"value has (\d+) digits", str(e))
            cases.append([*parts, int(m.group(1)) if m else 0])
    return cases


def unicode_cases(zeros):
    digits = []
    for z in zeros:
        for d in range(10):
            digits.append([z + d, int(chr(z + d))])
    neighbours = []
    for z in zeros:
        for c in (z - 1, z + 10):
            if 0xD800 <= c < 0xE000 or unicodedata.decimal(chr(c), -1) >= 0:
                continue
            neighbours.append([c, parse(chr(c), 10)])
    spaces = [c for c in range(127, 0x110000) if chr(c).isspace()]
    spaces = [[c, parse(chr(c) + "42" + chr(c), 10), parse("4" + chr(c) + "2", 10)] for c in spaces]
    return {"digits": digits, "neighbours": neighbours, "spaces": spaces}


def hexint(v):
    return hex(v)


def interesting_ints():
    values = [0, 1, -1, 2, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**64, -(2**64),
              2**122 - 1, (2**61 - 1) ** 2, -(2**61 - 1) * 3 - 1]
    for bits in (31, 32, 33, 60, 61, 62, 63, 64, 65, 96, 127, 128, 200, 1000, 3000):
        values += [2**bits - 1, 2**bits, 2**bits + 1, -(2**bits)]
    for _ in range(120):
        v = rng.getrandbits(rng.randint(1, 1500))
        values.append(-v if rng.random() < 0.5 else v)
    return values


def true_div_cases():
    cases = []
    pairs = [
        (2**53 + 1, 1), (2**53 + 3, 1), (2**54 + 2, 2), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1),
        (2**1024, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1076), (2**2000 + 1, 2**1000),
        (10**400, 10**399), (1, 10**400), (-1, 10**400), (0, -5), (10**400, 1), (-(10**400), 3),
        (2**1100 - 1, 2**1100 + 1), (3 * 2**1000, 2**2074), (2**1074 + 1, 2**2148),
        ((2**53 - 1) * 2**1000, 2**1000), ((2**53 + 1) * 2**900, 2**899 * 2),
    ]
    for _ in range(200):
        a = rng.getrandbits(rng.randint(1, 1200))
        b = rng.getrandbits(rng.randint(1, 1200)) or 1
        pairs.append((a if rng.random() < 0.5 else -a, b if rng.random() < 0.5 else -b))
    for a, b in pairs:
        try:
            cases.append([hexint(a), hexint(b), repr(a / b)])
        except OverflowError:
            cases.append([hexint(a), hexint(b), "overflow"])
    return cases


def to_bytes_cases():
    cases = []
    values = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**31, -(2**31), 2**64 - 1, -(2**63),
              2**63, 2**100 + 12345, -(2**100) - 1]
    for v in values:
        for length in (0, 1, 2, 8, 9, 13, 17):
            for order in ("little", "big"):
                for signed in (False, True):
                    try:
                        out = v.to_bytes(length, order, signed=signed).hex()
                    except OverflowError as e:
                        out = "overflow: " + str(e)
                    cases.append([str(v), length, order, signed, out])
    return cases


def main():
    zeros = digit_zeros()
    check_table(zeros)
    fixture = {
        "python": sys.version,
        "fromString": from_string_cases(),
        "digitLimit": digit_limit_cases(),
        "unicode": unicode_cases(zeros),
        "hash": [[hexint(v), str(hash(v))] for v in interesting_ints()],
        "trueDiv": true_div_cases(),
        "toBytes": to_bytes_cases(),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(fixture, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: {len(fixture['fromString'])} fromString cases")


main()
