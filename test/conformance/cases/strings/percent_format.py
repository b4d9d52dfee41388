print("%s %r %a" % ("é", "é", "é"))
print("%d %i %x %X %o" % (255, -7, 255, 255, 8))
print("%e %E %f %F %g %G" % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20))
print("%c%c %%" % (65, "z"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.2f|%08.2f" % (3.14159, 3.14159, 3.14159, -3.14159))
print("%#x %#o %#X" % (255, 8, 255))
print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%x" % -255, "%s" % None)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%10.4e" % 123.456, "%g" % 123456789, "%g" % 0.0001)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
