class Quit(SystemExit):
    pass
print("raising a SystemExit subclass with code 8")
raise Quit(8)
