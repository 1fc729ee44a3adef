# tomllib: tables, sub-tables, dotted keys, arrays of tables and the rules
# on defining a table once, with the errors for breaking them.
import tomllib


def show(doc):
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "!", e)


show("[table]\nkey = 1\n[table.sub]\nkey = 2\n[other]\n")
show("[a.b.c]\nx = 1\n[a]\ny = 2")
show("[ a . 'b' . \"c\" ]\nx = 1")
show("[a]\nb.c = 1\nb.d = 2\n[a.b.e]\nf = 3")
show("fruit.apple.color = 'red'\nfruit.apple.taste.sweet = true\n[fruit.orange]\nx = 1")
show("[[fruits]]\nname = 'apple'\n[fruits.physical]\ncolor = 'red'\n[[fruits.varieties]]\n"
     "name = 'red delicious'\n[[fruits.varieties]]\nname = 'granny smith'\n[[fruits]]\n"
     "name = 'banana'\n[[fruits.varieties]]\nname = 'plantain'")
show("[[a]]\n[[a]]\nx = 1\n[[a.b]]\n[a.c]\n[[a]]\n[a.c]")
show("[[a]]\nb.c = 1\n[[a]]\nb.c = 2")
show("a = [{b = 1}, {b = 2}]")
# Errors: a table or a key defined twice.
show("a = 1\na = 2")
show("[a]\n[a]")
show("[a]\nb = 1\n[a.b]")
show("a.b = 1\n[a]")
show("[a.b]\n[a]\n[a]")
show("[a]\nb.c = 1\n[a.b]")
show("[a]\n[a.b]\n[a]")
show("a.b = 1\na.b.c = 2")
show("a.b.c = 1\na.b = {}")
show("[a.b]\n[a]\nb.c = 1")
show("[[a]]\n[a]")
show("a = 1\n[a]")
show("a = 1\n[[a]]")
show("[a]\n[[a]]")
show("[[a]]\nb = 1\n[a.b]")
# Inline tables and arrays are complete once written.
show("a = {}\na.b = 1")
show("a = {b = {c = 1}}\na.b.d = 2")
show("a = {}\n[a.b]")
show("a = []\n[[a]]")
show("a = [{b = 1}]\n[[a]]")
show("a = [[1], [2]]\n[[a]]")
show("a = {b = 1, b = 2}")
show("a = {x.y = 1, x = {}}")
show("a = {x = [1], x.y = 2}")
show("a = {x = {}, x.y = 2}")
show("a = {b.c = 1, b.c.d = 2}")
show("a = {b = 1}\n[a]")
# Headers that are not well-formed.
show("[a")
show("[a]]")
show("[[a]")
show("[[a]\n")
show("[[a]]]")
show("[]")
show("[[]]")
show("[a.]")
show("[a b]")
show("[a]x")
show("[a] # comment\n[b] x = 1")
