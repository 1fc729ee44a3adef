# ast-args: --indent 8 --no-type-comments
x = 1  # type: int
