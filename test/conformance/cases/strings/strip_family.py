s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()))
print("www.example.com".strip("cmowz."))
print("\u3000wide\u3000".strip())
print("aaa".strip("a") == "")
print("hello".strip(""))
