# Exceptions in loops: raising and catching user-defined exception classes through a
# few call levels, except clauses matching base classes and tuples, else/finally
# blocks, re-raising, and exceptions raised by built-in operations.
N = 160000  # bench:scale -- loop iterations


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, position, text):
        super().__init__(position, text)
        self.position = position


class LimitError(AppError):
    pass


def parse_digit(text, position):
    ch = text[position]
    if ch < "0" or ch > "9":
        raise ParseError(position, text)
    return ord(ch) - 48


def parse_number(text, limit):
    value = 0
    for position in range(len(text)):
        value = value * 10 + parse_digit(text, position)
        if value > limit:
            raise LimitError(value)
    return value


def checked(text, limit):
    try:
        return parse_number(text, limit)
    except LimitError:
        raise
    except ParseError as err:
        return -err.position


def main(rounds):
    samples = ["123", "98x7", "5", "77777", "4a", "", "3141", "x"]
    table = {"a": 1, "b": 2}
    parsed = 0
    limit_hits = 0
    lookups = 0
    zero_div = 0
    finals = 0
    clean = 0
    for i in range(rounds):
        text = samples[i % len(samples)]
        try:
            parsed += checked(text, 5000)
        except AppError as err:
            limit_hits += 1 + len(err.args)
        else:
            clean += 1
        finally:
            finals += 1
        try:
            lookups += table["abc"[i % 3]]
        except KeyError:
            lookups -= 1
        try:
            parsed += 1000 // (i % 5)
        except (ZeroDivisionError, ValueError):
            zero_div += 1
        if text == "":
            try:
                text[0]
            except IndexError:
                parsed += 1
    return parsed, limit_hits, lookups, zero_div, finals, clean


print("exceptions", *main(N))
