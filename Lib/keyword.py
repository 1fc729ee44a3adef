"""Python's keywords and soft keywords (Python 3.12).

iskeyword(s) and issoftkeyword(s) tell whether a string is one of them.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

# Keywords only in some contexts: `match`/`case` statements, `type` aliases, and `_` in patterns.
softkwlist = ['_', 'case', 'match', 'type']

# Bound membership tests of frozensets, as CPython exposes them: fast and hashing-only.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
