# Indentation with spaces: nested blocks, odd widths, dedents of several levels at once.
if a:
 b = 1
 if c:
           d = 2
           while e:
               f()
 g = 3
def h():
    pass

    # a comment at another indentation inside the block
        # and a deeper one
  # and a shallower one
    return 1
class K:
      x = 1
      def m(self):
        if self:
          if self:
            if self:
              pass
      y = 2
for i in j:
    if i: continue
    else:
        break
z = 0
