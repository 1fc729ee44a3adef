if x is 1:
    pass
return
