def compute(a, b):
    total = a + b
    raise ArithmeticError(f"total={total}")
try:
    compute(2, 3)
except ArithmeticError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()))
    print(frame.f_back.f_code.co_name, frame.f_lineno)
