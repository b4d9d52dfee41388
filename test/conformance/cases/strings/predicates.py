tests = ["", "abc", "ABC", "Abc Def", "abc1", "123", "12.5", " \t\n", "x y",
         "é", "٣", "²", "½", "Ⅷ", "_id", "1st", "\x00", "😀", "ab\u200b"]
names = ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isdecimal", "isnumeric", "isprintable", "isascii"]
for s in tests:
    flags = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(ascii(s), flags)
