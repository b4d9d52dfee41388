# Float loop arithmetic: an escape-time Mandelbrot grid plus a midpoint-rule integral,
# so the hot path is float multiply/add/compare with no allocation a VM cannot avoid.
N = 540  # bench:scale -- grid rows (of 200 columns) and integral slices / 400


def mandelbrot(rows, cols, limit):
    inside = 0
    steps = 0
    for row in range(rows):
        ci = -1.2 + 2.4 * row / rows
        for col in range(cols):
            cr = -2.1 + 2.8 * col / cols
            zr = 0.0
            zi = 0.0
            k = 0
            while k < limit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            steps += k
            if k == limit:
                inside += 1
    return inside, steps


def integrate(slices):
    width = 1.0 / slices
    total = 0.0
    for i in range(slices):
        x = (i + 0.5) * width
        total += 4.0 / (1.0 + x * x)
    return total * width


inside, steps = mandelbrot(N, 200, 60)
pi_estimate = integrate(N * 400)
print("float_loop", inside, steps, "%.9f" % pi_estimate)
