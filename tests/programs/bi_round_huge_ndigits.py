# round() with ndigits of any size: clamped for floats, never a huge power of ten for ints.
for src in ['round(1.5, 2**70)', 'round(1.5, -2**70)', 'round(55555, -5)', 'round(45555, -5)', 'round(12345, -6)', 'round(-55555, -5)', 'round(12345, 2**70)', 'round(2.675, 2)', 'round(-0.5)', 'round(1e300, -400)']:
    try: print(src, repr(eval(src)))
    except Exception as e: print(src, type(e).__name__, e)
