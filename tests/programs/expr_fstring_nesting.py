# PEP 701 f-strings: nested f-strings with the same quotes, comments and backslashes in fields,
# format specs built from nested fields, debugging '=' with conversions and specs.
items = ["a", "b"]
width = 8
value = 3.14159
print(f"{f"{f"{'deep'}"}"}")
print(f"{'\n'.join(items)}")
print(f"{'\t'.join(items)!r}")
print(f"{
    value  # a comment inside a replacement field
    * 2
:.3f}")
print(f"{value:{width}.{width // 4}f}|{value:<{width}}|{'x':{'^'}{width}}")
print(f"{value=}", f"{value = :.2f}", f"{items=!s}", f"{items[0]=!r:>6}")
print(f"{'nested ' + f'{value:.1f}' + ' end'}")
print(f"{ {'k': 'v'}['k'] }", f"{ {1, 2} }", f"{(lambda x: x * 2)(21)}")
print(f"{'{'}{'}'}", f"{{{{}}}}", f"{'%'}", f"{'{}'.format(7)}")
print(f"{3:{'>' if value > 3 else '<'}{4}}|", f"{'abc':.{2}}", f"{12345:_>{width},}")
print(f"{items!r:^20}", f"{value!s:>10}", f"{'é'!a}")
nums = [1, 2, 3]
print(f"{[f'{n:02d}' for n in nums]}", f"{sum(n for n in nums)}", f"{', '.join(f'<{n}>' for n in nums)}")
print(f"{f'{1}' f'{2}'}" f"{3}")
print(f"{'multi'
       'line'}")
print(f"{value:#.3g} {255:#x} {255:#010b} {-42:+08d} {0.25:.0%}")
print(f"""{"triple" + 'mixed' + f'''{"quotes"}'''}""")
