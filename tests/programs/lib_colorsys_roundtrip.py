# colorsys: every conversion over a grid of colors, printed exactly (float.hex), and round trips.
import colorsys

def fmt(t):
    return "(" + ", ".join(x.hex() if isinstance(x, float) else repr(x) for x in t) + ")"

values = [0.0, 0.1, 0.25, 1/3, 0.5, 0.6, 2/3, 0.75, 0.9, 1.0]
pairs = [("yiq", colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
         ("hls", colorsys.rgb_to_hls, colorsys.hls_to_rgb),
         ("hsv", colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]
worst = {}
for name, there, back in pairs:
    lines = []
    for r in values[::3]:
        for g in values[1::3]:
            for b in values[2::2]:
                c = there(r, g, b)
                rgb = back(*c)
                lines.append(f"{r:.3f} {g:.3f} {b:.3f} -> {fmt(c)} -> {fmt(rgb)}")
    print(name, len(lines))
    for line in lines:
        print(" ", line)

# A denser sweep, summarised by a checksum of the exact results.
import struct
for name, there, back in pairs:
    acc = 0
    n = 0
    for i in range(11):
        for j in range(11):
            for k in range(11):
                c = there(i / 10, j / 10, k / 10)
                for x in c + back(*c):
                    acc = (acc * 31 + struct.unpack("<Q", struct.pack("<d", float(x)))[0]) % (1 << 61)
                    n += 1
    print(name, "checksum", n, acc)

# Inverse direction over the whole hue circle and beyond.
for h in [-0.5, -0.1, 0.0, 0.05, 1/6, 0.3, 0.5, 0.6, 2/3, 0.8, 0.99, 1.0, 1.2, 7.25]:
    print(f"h={h!r}", fmt(colorsys.hsv_to_rgb(h, 0.5, 0.8)), fmt(colorsys.hls_to_rgb(h, 0.3, 0.6)),
          fmt(colorsys.hls_to_rgb(h, 0.7, 0.4)))

# Out-of-gamut YIQ is clamped; ints pass through where no arithmetic happens.
print(fmt(colorsys.yiq_to_rgb(1.0, 1.0, 1.0)), fmt(colorsys.yiq_to_rgb(0.0, -1.0, -1.0)),
      fmt(colorsys.yiq_to_rgb(0.5, 0.9, -0.7)))
print(colorsys.rgb_to_hsv(0, 0, 0), colorsys.rgb_to_hsv(5, 5, 5), colorsys.rgb_to_hls(1, 1, 1),
      colorsys.hsv_to_rgb(0.3, 0, 7), colorsys.hls_to_rgb(0.3, 4, 0), colorsys.rgb_to_yiq(0, 0, 0))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.rgb_to_hls(0, 1, 0), colorsys.hsv_to_rgb(0.5, 1, 1))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(-1, 0.5, 2))
print(colorsys.ONE_THIRD.hex(), colorsys.ONE_SIXTH.hex(), colorsys.TWO_THIRD.hex())
print(sorted(colorsys.__all__))
for bad in [lambda: colorsys.hsv_to_rgb(float("nan"), 0.5, 0.5), lambda: colorsys.rgb_to_hsv("a", 1, 2),
            lambda: colorsys.rgb_to_yiq(None, 0, 0), lambda: colorsys.hls_to_rgb(0.5, 0.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(fmt(colorsys.yiq_to_rgb(float("nan"), 0.0, 0.0)), fmt(colorsys.yiq_to_rgb(-0.0, 0.0, 0.0)))
