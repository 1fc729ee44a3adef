# compile() of bytes skips comments without decoding them: éÿ
x = 1  # þ
