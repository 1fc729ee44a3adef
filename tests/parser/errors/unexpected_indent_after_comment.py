# comment
  x = 1
