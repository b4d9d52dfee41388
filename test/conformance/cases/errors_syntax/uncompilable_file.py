print("this line never runs because the file does not compile")
def broken(:
    pass
