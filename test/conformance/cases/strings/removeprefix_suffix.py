print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"))
print("file.py".removesuffix(".py"), "file.py".removesuffix(".js"))
print(repr("abc".removeprefix("abc")), repr("abc".removesuffix("")))
print("aaa".removeprefix("a"), "🐍x".removeprefix("🐍"))
