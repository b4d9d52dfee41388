names = ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isdecimal", "isnumeric", "isprintable", "isascii"]
def sig(s):
    return "".join("1" if getattr(s, n)() else "0" for n in names)
tests = ["", " ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000\u200b", "_", "_a1", "1a", "a-b",
         "ǅ", "Ǆǅ", "Ab Cd", "AB cd", "A1 B2", "Aa Bb", "ÀÉ", "ßa", "\u0378", "\ue000", "\U000f0000",
         "\ud800", "٣٤", "۳", "߀", "१", "𝟘", "①②", "⑴", "⒈", "¼½", "〇", "一二三", "万", "零",
         "Ⅻ", "ⅻ", "ↂ", "ℕ", "ℌ", "ﬁ", "Ａ", "ａ", "１", "𝐀", "𝐚", "ǈ", "ᾈ", "ᾀ", "ℹ", "ª", "º",
         "\u0345", "\u02b0", "ʰ", "ꜰ", "ᴀ", "\u0300a", "a\u0300", "Ω", "ω", "ϴ", "µ", "ÿ", "Ÿ", "ĳ",
         "x\u00ad", "\u200d", "\u2028", "\x7f", "~", "€", "𝔸", "🐍", "\U0001f1fa", "\U000e0001", "\U000e0100"]
for s in tests:
    print(ascii(s), sig(s))
# a broad sweep: how many code points of each block have each property
for start in range(0, 0x30000, 0x800):
    counts = [0] * 12
    for cp in range(start, start + 0x800, 3):
        c = chr(cp)
        flags = (c.isdigit(), c.isalpha(), c.isalnum(), c.isspace(), c.isupper(), c.islower(),
                 c.istitle(), c.isidentifier(), c.isdecimal(), c.isnumeric(), c.isprintable(), c.isascii())
        for i in range(12):
            if flags[i]:
                counts[i] += 1
    print(hex(start), counts)
# and a checksum of the case mappings of the same code points
for start in range(0, 0x20000, 0x1000):
    sums = [0, 0, 0, 0]
    for cp in range(start, start + 0x1000, 3):
        c = chr(cp)
        maps = (c.upper(), c.lower(), c.title(), c.casefold())
        for i in range(4):
            m = maps[i]
            if m != c:
                sums[i] += len(m) * 7 + ord(m[0]) - cp + (ord(m[-1]) if len(m) > 1 else 0)
    print(hex(start), sums)
