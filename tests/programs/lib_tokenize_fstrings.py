# f-strings as FSTRING_START / FSTRING_MIDDLE / FSTRING_END around the tokens of their
# replacement fields: format specs, nested fields, {{ }} escapes, PEP 701 quotes.
import io
import tokenize


def show(source):
    print('---', repr(source))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            name = tokenize.tok_name[tok.type]
            print('  %-14s %-12r %s %s' % (name, tok.string, tok.start, tok.end))
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e.args))


show("f'a{b}c'\n")
show("f''\n")
show("f'{x}'f\"{y}\"\n")
show("f'{x!r:>{width}} {{literal}} {y:{a}.{b}}'\n")
show("f'{x=}' f'{x = !s:^10}'\n")
show("f'{x:}' f'{x:=5}' f'{x[1:2]}' f'{(lambda: 1)()}'\n")
show("f'{f'{f'{x}'}'}'\n")
show("f\"{'a' 'b'}\" f'{\"q\"!r}'\n")
show("f'''one\n{two}\nthree'''\n")
show("f'''a{{\nb}}c'''\n")
show("f'{\n  x  # comment\n}'\n")
show("rf'\\n{x}\\d' Rf'{y}' fR'{{}}' F'z'\n")
show("f'\\N{BULLET} {x} \\N{EM DASH}'\n")
show("f'{1:{2:{3}}}'\n")
show("f'{{{x}}}' f'{x}}}' f'{{}}'\n")
show("f'{d[\"k\"]:>{w}}' + f'{a!s}{b!a}'\n")
show("f'{x:{{y}}}'\n")
show("print(f'{1!r:^{w}.{p}}')\n")
# A newline ends the format spec of a one-quote f-string (the field goes on).
show("f'__{\n    x:d\n}__'\n")
show("f'{x:a\n:b}'\n")
show("f'{x:{y}\n}'\n")
