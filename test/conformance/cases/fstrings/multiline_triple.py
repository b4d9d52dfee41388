name = "Ada"
items = [1, 2, 3]
msg = f"""Dear {name},
  You have {len(items)} items:
  {', '.join(str(i) for i in items)}
Total: {sum(items):>5}
"""
print(msg, end="")
expr = f"""{
    name
    .upper()
}"""
print(expr)
print(f'''{
1 + 2  # a comment inside a replacement field is allowed in 3.12
}''')
print(f"{name
}")
