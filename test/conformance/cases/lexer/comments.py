# A comment line
x = 1  # trailing comment
# comment with "quotes" and 'quotes' and \ backslash
s = "# not a comment"
print(x, s)
def f():
    # comment inside function before code
    return 2
        # over-indented comment is ignored
print(f())
if x:
# comment at column zero inside a block
    print("block continues")
l = [1,  # comment inside brackets
     2]  # another
print(l)
#
#no space
print("done") # end
