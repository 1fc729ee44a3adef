x = "abc\u12"
