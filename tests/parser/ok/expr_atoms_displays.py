# Atoms and displays: names, constants, tuples, lists, dicts, sets, unpacking inside them.
None; True; False; ...; Ellipsis; __debug__
()
(1,)
1,
1, 2,
(1, 2)
((1, 2),)
[]
[1]
[1, 2,]
[[], [[]]]
{}
{1: 2}
{1: 2, 3: 4,}
{**a}
{**a, 'b': 2, **c}
{1}
{1, 2,}
{*a, *b, 3}
[*a, *b, 3]
(*a, *b, 3)
*a, *b
{(1, 2): [3], 'k': {4}}
x = (((1)))
y = (yield)
z = [x for x in ()]
w = {'a': 1, 'a': 2}
v = (1, (2, (3, (4,))))
u = {1: {2: {3: {}}}}
