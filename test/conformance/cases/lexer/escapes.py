s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr(s))
print("\x41\x42\x43", "\101\102\103", "\u00e9", "\U0001F40D")
print(len("\U0001F40D"), len("\u00e9"), len("\x00"))
print(repr("\0"), repr("\7"), repr("\a\b\f\v\r"))
print(ord("\x7f"), ord("\177"), ord("\0"), ord("\12"))
print("line\
continued")
print(repr("tab\there"))
print(repr("\u2028"), repr("\x85"), repr("\xa0"))
