# Mixing tabs and spaces is legal when each block is unambiguous.
if True:
	x = 1
	if x:
	    print("tab then 4 spaces", x)
	    y = 2
	print("back to tab", y)
print("end")

def g():
    return [1,
	2,
            3]
print(g())
