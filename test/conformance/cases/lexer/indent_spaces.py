# Nested blocks indented with different (but consistent) widths per block.
def outer(n):
  total = 0
  for i in range(n):
      if i % 2:
         total += i
      else:
                total -= 1
  return total

print(outer(5))
print(outer(0))

if True:
    if True:
        if True:
            print("deep")
        print("mid")
    print("shallow")
print("top")
