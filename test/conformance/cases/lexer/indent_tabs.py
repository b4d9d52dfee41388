# Tabs alone are legal indentation as long as use is consistent.
def f(x):
	if x:
		return "tab-true"
	else:
		return "tab-false"

print(f(1))
print(f(0))

class K:
	def m(self):
		for i in range(2):
			print("tab loop", i)

K().m()
