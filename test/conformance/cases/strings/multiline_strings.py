text = """First line
    indented line
last line"""
print(text)
print(text.count("\n"))
lines = text.split("\n")
print([l.strip() for l in lines])
para = ("This is a long "
        "string split "
        "across lines.")
print(para)
print("""\
no leading newline""")
print('''a\
b''')
