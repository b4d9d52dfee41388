pairs = {(1, 2), (2, 1), (1, 2), (0, 0)}
print(sorted(pairs), len(pairs))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
letters = set("abracadabra")
print(sorted(letters), sorted(letters - set("abc")))
