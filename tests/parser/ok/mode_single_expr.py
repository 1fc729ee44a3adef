# ast-args: --mode single
1 + 2
