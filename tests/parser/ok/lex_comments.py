#!/usr/bin/env python3
# Comments everywhere a comment may go.   
#

x = 1 # trailing comment
# comment between statements
if x:  # after a colon
    # first thing in a block
    pass
    # last thing in a block
# comment at column 0 ending the block
def f(  # inside parentheses
    a,  # after an argument
    # on a line of its own
):
    ''' not a comment, a docstring '''  # and a comment
    return a  # type-like but not a type comment: type int
y = [  # list
]  #
z = '#not a comment'  # '#' inside strings is text
#no space after hash
#	tab after hash
