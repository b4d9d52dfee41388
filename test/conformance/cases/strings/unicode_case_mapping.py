samples = ["hello World", "ßtraße", "ǅungla ǆ Ǆ", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ﬁﬂ ﬃ", "Straße",
           "ПРИВЕТ мир", "ÀÉÎÕÜ àéîõü", "ŉ", "ΐ", "🐍abc", "𐐀𐐨", "a\u0345Σ", "AΣ\u0301", "AΣ.b",
           "Σ", "aΣ", "ΣΣ", "aΣb", "a Σ", "they're", "3rd x1y", "ǰ", "ﬀ", "\u1e9e", "Ⅷ ⅷ", "ⓐⒶ", "ꭰ"]
for s in samples:
    print(ascii(s))
    print(" ", ascii(s.upper()), ascii(s.lower()), ascii(s.title()))
    print(" ", ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
    print(" ", s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum())
