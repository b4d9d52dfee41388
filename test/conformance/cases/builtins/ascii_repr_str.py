for v in ["plain", "é", "🐍", "tab\t", "\x00", 'q"uote', "q'uote", ["é"], {"k": "ü"}, b"\xff", 1.5, None]:
    print(ascii(v), repr(v), str(v))
