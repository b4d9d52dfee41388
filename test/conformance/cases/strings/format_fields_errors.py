def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, ascii(r))

class P:
    x = 3
    items = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
t("basic", lambda: "{} {} {}".format(1, "a", 2.5))
t("index", lambda: "{2}{1}{0}{1}".format("a", "b", "c"))
t("kw", lambda: "{a}{b}{a}".format(a=1, b=2))
t("mixed", lambda: "{0}{a}{1}".format("x", "y", a="z"))
t("attr", lambda: "{0.x} {0.items[1]} {p.x}".format(P(), p=P()))
t("item", lambda: "{0[a]} {0[1]} {d[key]}".format({"a": 1, 1: "one"}, d={"key": "v"}))
t("conv", lambda: "{0!r} {0!s} {0!a} {1!r} {1!s}".format("é", R()))
t("conv-spec", lambda: "{0!r:>10}|{0!s:^9}|".format("ab"))
t("custom", lambda: "{0} {0:abc} {0:{1}}".format(P(), "xy"))
t("nested", lambda: "{:{}{}}|".format("a", ">", 5))
t("nested2", lambda: "{0:{fill}{align}{width}}|".format("a", fill="*", align="^", width=7))
t("nested-auto", lambda: "{:>{}}|{:<{}}|".format("a", 3, "b", 4))
t("escape", lambda: "{{}} {{{0}}} }}{{".format(1))
t("numbers", lambda: "{:d} {:5.2f} {:e} {:x} {:o} {:b} {:,} {:_x} {:%}".format(42, 3.14159, 1234.5, 255, 8, 5, 1234567, 65535, 0.125))
t("strspec", lambda: "{:10}|{:<5}|{:>5}|{:^5}|{:.2}|{:*^7.3}|".format("abc", "a", "b", "c", "xyz", "hello"))
t("intspec", lambda: "{:+d} {: d} {:05d} {:#x} {:#o} {:#b} {:c} {:X}".format(5, 5, 42, 255, 8, 5, 65, 255))
t("astral", lambda: "{}🐍{}".format("a", "b"))
t("astral-spec", lambda: "{:🐍^5}".format("x"))
t("empty", lambda: "".format())
t("nofields", lambda: "abc".format(1, 2, x=3))
t("none", lambda: "{} {}".format(None, True))
t("auto-manual", lambda: "{}{0}".format(1))
t("manual-auto", lambda: "{0}{}".format(1))
t("single-open", lambda: "a{".format())
t("single-close", lambda: "a}b".format())
t("unclosed", lambda: "{0".format(1))
t("unclosed2", lambda: "{0:".format(1))
t("unclosed3", lambda: "{0!".format(1))
t("badconv", lambda: "{0!x}".format(1))
t("badconv2", lambda: "{0!rr}".format(1))
t("badconv3", lambda: "{0!é}".format(1))
t("deep", lambda: "{0:{1:{2}}}".format(1, 2, 3))
t("missing-kw", lambda: "{x}".format(y=1))
t("missing-pos", lambda: "{5}".format(1))
t("missing-auto", lambda: "{}{}".format(1))
t("bad-attr", lambda: "{0.nope}".format(1))
t("empty-attr", lambda: "{0.}".format(1))
t("empty-item", lambda: "{0[]}".format([1]))
t("bad-after", lambda: "{0[0]x}".format([1]))
t("missing-bracket", lambda: "{0[0}".format([1]))
t("brace-in-name", lambda: "{a{b}".format(1))
t("bad-spec", lambda: "{:q}".format(1))
t("bad-spec2", lambda: "{:d}".format("a"))
t("bad-spec3", lambda: "{:,s}".format("a"))
t("bigindex", lambda: "{99999999999999999999}".format(1))
t("format_map", lambda: "{a} {b[0]}".format_map({"a": 1, "b": [2]}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
t("format_map-missing", lambda: "{x}-{y}".format_map(D(x=1)))
t("format_map-pos", lambda: "{0}".format_map({}))
t("format_map-auto", lambda: "{}".format_map({}))
t("format_map-err", lambda: "{a}".format_map(5))
t("format_map-args", lambda: "".format_map())
t("kw-int-key", lambda: "{0[0]}".format({0: "zero"}))
t("neg-index", lambda: "{0[-1]}".format({"-1": "m"}))
t("space-name", lambda: "{ }".format(**{" ": "sp"}))
t("bool", lambda: "{:d} {}".format(True, False))
t("float-fmt", lambda: "{:.3g} {:g} {:.0f} {:10.4e}|".format(0.0001234, 1e20, 2.5, 12345.6789))
