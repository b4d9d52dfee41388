samples = ["", "a", "é", "e\u0301", "中文", "🐍", "👍🏽", "\U0001F1FA\U0001F1F8", "a\x00b"]
for s in samples:
    print(ascii(s), len(s), len(s.encode("utf-8")), [hex(ord(c)) for c in s])
print("e\u0301" == "é", len("e\u0301".upper()))
print("🐍"[0] == "🐍", "👍🏽"[1] == "\U0001F3FD")
