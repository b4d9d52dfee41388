# A small bytecode interpreter: a stack machine with an if/elif dispatch loop, local
# slots and conditional jumps, running a program that sums Collatz sequence lengths.
# This is the shape of every interpreter's inner loop, written in Python.
N = 2000  # bench:scale -- Collatz start values the bytecode program walks through

PUSH, LOAD, STORE, ADD, MUL, DIV, MOD, LT, EQ, JUMP, JUMP_IF_FALSE, HALT = range(12)

START, LIMIT, X, TOTAL = range(4)

SOURCE = [
    (PUSH, 1), (STORE, START),
    (PUSH, 0), (STORE, TOTAL),
    "outer",
    (LOAD, START), (LOAD, LIMIT), (LT,), (JUMP_IF_FALSE, "done"),
    (LOAD, START), (STORE, X),
    "inner",
    (LOAD, X), (PUSH, 1), (EQ,), (JUMP_IF_FALSE, "step"), (JUMP, "next"),
    "step",
    (LOAD, X), (PUSH, 2), (MOD,), (PUSH, 0), (EQ,), (JUMP_IF_FALSE, "odd"),
    (LOAD, X), (PUSH, 2), (DIV,), (STORE, X), (JUMP, "count"),
    "odd",
    (LOAD, X), (PUSH, 3), (MUL,), (PUSH, 1), (ADD,), (STORE, X),
    "count",
    (LOAD, TOTAL), (PUSH, 1), (ADD,), (STORE, TOTAL), (JUMP, "inner"),
    "next",
    (LOAD, START), (PUSH, 1), (ADD,), (STORE, START), (JUMP, "outer"),
    "done",
    (HALT,),
]


def assemble(source):
    # Two passes: label addresses first, then flat code with jump targets resolved.
    labels = {}
    address = 0
    for item in source:
        if isinstance(item, str):
            labels[item] = address
        else:
            address += len(item)
    code = []
    for item in source:
        if isinstance(item, str):
            continue
        code.append(item[0])
        if len(item) > 1:
            arg = item[1]
            code.append(labels[arg] if isinstance(arg, str) else arg)
    return code


def execute(code, limit):
    slots = [0, limit, 0, 0]
    stack = []
    pc = 0
    executed = 0
    while True:
        op = code[pc]
        executed += 1
        if op == LOAD:
            stack.append(slots[code[pc + 1]])
            pc += 2
        elif op == PUSH:
            stack.append(code[pc + 1])
            pc += 2
        elif op == STORE:
            slots[code[pc + 1]] = stack.pop()
            pc += 2
        elif op == JUMP_IF_FALSE:
            if stack.pop():
                pc += 2
            else:
                pc = code[pc + 1]
        elif op == JUMP:
            pc = code[pc + 1]
        elif op == EQ:
            b = stack.pop()
            stack.append(stack.pop() == b)
            pc += 1
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
            pc += 1
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
            pc += 1
        elif op == DIV:
            b = stack.pop()
            stack.append(stack.pop() // b)
            pc += 1
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
            pc += 1
        elif op == LT:
            b = stack.pop()
            stack.append(stack.pop() < b)
            pc += 1
        elif op == HALT:
            return slots[TOTAL], executed
        else:
            return -1, executed


code = assemble(SOURCE)
total, executed = execute(code, N)
print("bytecode_vm", len(code), total, executed)
