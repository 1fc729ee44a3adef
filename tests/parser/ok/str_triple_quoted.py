# Triple-quoted strings: newlines, embedded quotes, escapes, edge cases at the ends.
a = """line one
line two
    indented line
"""
b = '''it's "quoted" and 'quoted' '''
c = """ends with an escaped quote\""""
d = '''ends with two quotes'' '''
e = """"starts with a quote"""
f = """\""""
g = ''''''
h = """"""
i = """a""" """b"""
j = """
"""
k = r"""raw \n with "" quotes"""
def doc():
    """Docstring.

    More lines.
    """
class C:
    '''Class docstring.'''
l = """tab	inside and trailing spaces   
next"""
m = """continued \
line"""
n = f"""multi {a}
line {b!r}
"""
