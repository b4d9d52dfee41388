# match/case/_/type are soft keywords and remain usable as identifiers.
match = 1
case = 2
_ = 3
type = 4
print(match, case, _, type)
def match(x):
    return x * 10
print(match(2))
match (5):
    case 5:
        print("matched five")
del type
print(type(1).__name__)
