print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('''a 'quoted' "word"''')
print("""line1
line2
line3""")
print('''keeps
  indentation''')
print("""ends with quote\"""")
print(len(''), len(""), len(''''''), len(""""""))
print(repr('a"b'), repr("a'b"), repr('a\'b"c'))
