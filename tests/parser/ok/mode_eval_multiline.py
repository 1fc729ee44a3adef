# ast-args: --mode=eval -i 2

(a
 # a comment
 if b else
 c)

