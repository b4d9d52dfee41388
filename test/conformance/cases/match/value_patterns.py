class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Http:
    OK = 200
    NOT_FOUND = 404
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "unknown"
print(paint("red"), paint("green"), paint("blue"))
def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
    return "other"
print(status(200), status(404), status(500))
import math
match 3.141592653589793:
    case math.pi:
        print("matched math.pi")
