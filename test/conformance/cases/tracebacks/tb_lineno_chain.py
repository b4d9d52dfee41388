def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
