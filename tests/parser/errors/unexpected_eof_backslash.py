# The file ends right after a backslash continuation.
x = 1
\
