"""Token constants.

The numbers of the tokens of Python's grammar (the same as CPython 3.12's), with `tok_name`
mapping them back to their names and `EXACT_TOKEN_TYPES` mapping each operator's text to
its own token type.
"""

# Every terminal in numeric order: a name's position in this list is its number.
_TERMINALS = '''
    ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
    LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER
    LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL
    GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
    MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
    CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL
    DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
    EXCLAMATION OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD
    FSTRING_START FSTRING_MIDDLE FSTRING_END COMMENT NL ERRORTOKEN ENCODING
    N_TOKENS
'''.split()

# Where nonterminal (grammar rule) numbers start.
NT_OFFSET = 256

tok_name = dict(enumerate(_TERMINALS))
tok_name[NT_OFFSET] = 'NT_OFFSET'
globals().update((name, number) for number, name in tok_name.items())

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
__all__.extend(tok_name[number] for number in sorted(tok_name))

# The text of each operator (and of the delimiters) with its exact token type.
EXACT_TOKEN_TYPES = {
    '!': EXCLAMATION, '%': PERCENT, '&': AMPER, '(': LPAR, ')': RPAR, '*': STAR,
    '+': PLUS, ',': COMMA, '-': MINUS, '.': DOT, '/': SLASH, ':': COLON, ';': SEMI,
    '<': LESS, '=': EQUAL, '>': GREATER, '@': AT, '[': LSQB, ']': RSQB,
    '^': CIRCUMFLEX, '{': LBRACE, '|': VBAR, '}': RBRACE, '~': TILDE,
    '!=': NOTEQUAL, '%=': PERCENTEQUAL, '&=': AMPEREQUAL, '**': DOUBLESTAR,
    '*=': STAREQUAL, '+=': PLUSEQUAL, '-=': MINEQUAL, '->': RARROW,
    '//': DOUBLESLASH, '/=': SLASHEQUAL, ':=': COLONEQUAL, '<<': LEFTSHIFT,
    '<=': LESSEQUAL, '==': EQEQUAL, '>=': GREATEREQUAL, '>>': RIGHTSHIFT,
    '@=': ATEQUAL, '^=': CIRCUMFLEXEQUAL, '|=': VBAREQUAL,
    '**=': DOUBLESTAREQUAL, '...': ELLIPSIS, '//=': DOUBLESLASHEQUAL,
    '<<=': LEFTSHIFTEQUAL, '>>=': RIGHTSHIFTEQUAL,
}


def ISTERMINAL(x):
    """Whether x is the number of a token rather than of a grammar rule."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether x is the number of a grammar rule."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether x is the end-of-input token."""
    return x == ENDMARKER
