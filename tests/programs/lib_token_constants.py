# The token module: numbering of CPython 3.12, tok_name, EXACT_TOKEN_TYPES, predicates.
import token

print(token.ENDMARKER, token.NAME, token.NUMBER, token.STRING, token.NEWLINE)
print(token.INDENT, token.DEDENT, token.OP, token.EXCLAMATION)
print(token.FSTRING_START, token.FSTRING_MIDDLE, token.FSTRING_END)
print(token.COMMENT, token.NL, token.ERRORTOKEN, token.ENCODING)
print(token.TYPE_IGNORE, token.TYPE_COMMENT, token.SOFT_KEYWORD, token.AWAIT, token.ASYNC)
print(token.N_TOKENS, token.NT_OFFSET)
print(len(token.tok_name), token.tok_name[0], token.tok_name[55], token.tok_name[256])
for number in sorted(token.tok_name):
    assert getattr(token, token.tok_name[number]) == number
print(token.__all__[:4], len(token.__all__))
print(sorted(set(token.__all__) - {n for n in dir(token) if not n.startswith('_')}))
for text in sorted(token.EXACT_TOKEN_TYPES):
    print(repr(text), token.tok_name[token.EXACT_TOKEN_TYPES[text]])
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(token.NT_OFFSET))
print(token.ISNONTERMINAL(token.NAME), token.ISNONTERMINAL(300))
print(token.ISEOF(token.ENDMARKER), token.ISEOF(token.NEWLINE))
import tokenize
print(tokenize.tok_name is token.tok_name, tokenize.NAME, tokenize.EXACT_TOKEN_TYPES is token.EXACT_TOKEN_TYPES)
