samples = ["0", "9", "10", "٠١٢", "①", "²", "¼", "五", "Ⅻ", "-1", "1.0", " 1", "", "१२"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric())
print(int("٠١٢"), int("१२"), float("１.５"))
