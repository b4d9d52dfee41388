s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 5))
print(s.index("world"), s.rindex("o"))
print(s.count("o"), s.count("hello"), s.count(""), s.count("l", 0, 4))
print("aaaa".count("aa"), "".count(""), "abc".find(""), "abc".rfind(""))
print(s.find("o", -6), s.find("h", -100, 100))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
print("🐍a🐍".find("a"), "🐍a🐍".rfind("🐍"), "🐍a🐍".count("🐍"))
