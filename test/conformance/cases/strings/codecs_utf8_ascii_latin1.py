def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, ascii(r))

texts = ["", "abc", "é", "€", "🐍", "aé€🐍z", "\x00\x7f\x80\xff", "\u07ff\u0800\uffff\U00010000\U0010ffff"]
for s in texts:
    t("utf8", lambda: s.encode())
    t("roundtrip", lambda: s.encode().decode() == s)
    for enc in ["ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            t(enc + "/" + err, lambda: s.encode(enc, err))
for enc in ["UTF-8", "utf8", "U8", "utf_8", "Latin1", "ISO-8859-1", "iso8859_1", "L1", "ASCII", "us-ascii", "646", " utf-8 ", "utf--8"]:
    t("alias " + enc, lambda: "é".encode(enc, "replace"))
t("unknown", lambda: "a".encode("klingon"))
t("unknown-handler", lambda: "é".encode("ascii", "nope"))
t("unknown-handler-ok", lambda: "e".encode("ascii", "nope"))
t("surrogate", lambda: "a\ud800b".encode())
t("surrogates", lambda: "a\ud800\udc00b".encode("utf-8", "strict") if False else "\udc00\ud800".encode())
t("surrogate-pass", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
t("surrogate-replace", lambda: "a\ud800b".encode("utf-8", "replace"))
t("surrogate-esc", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
t("err-attrs", lambda: (lambda e: (e.encoding, e.start, e.end, e.reason))(("é€".encode("ascii", "strict"), None) if False else None) if False else "skip")
try:
    "xé€y".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, ascii(e.object))
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
bad = [b"\x80", b"\xc2", b"\xc2\x41", b"\xe0\x80\x80", b"\xe0\xa0", b"\xe0\xa0\x41", b"\xed\xa0\x80", b"\xed\x9f\xbf",
       b"\xf0\x80\x80\x80", b"\xf0\x90\x80", b"\xf0\x90\x80\x41", b"\xf4\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf5\x80",
       b"\xff\xfe", b"a\xc3\xa9\xc3", b"\xc1\xbf", b"\xe2\x82\xac\xe2\x82"]
for x in bad:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        t("dec " + err + " " + repr(x), lambda: x.decode("utf-8", err))
for x in [b"abc", b"a\x80\xffb"]:
    for enc in ["ascii", "latin-1"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
            t("dec " + enc + " " + err + " " + repr(x), lambda: x.decode(enc, err))
t("dec-unknown", lambda: b"a".decode("nope"))
t("dec-handler", lambda: b"\xff".decode("utf-8", "nope"))
t("dec-kw", lambda: b"\xff".decode(errors="replace"))
t("dec-err", lambda: b"a".decode(1))
t("enc-err", lambda: "a".encode(1))
t("enc-err2", lambda: "a".encode("utf-8", 1))
t("enc-kw", lambda: "é".encode(encoding="latin-1"))
t("ba-dec", lambda: bytearray(b"\xc3\xa9").decode())
