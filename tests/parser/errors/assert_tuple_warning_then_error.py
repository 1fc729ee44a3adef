assert (x, "message")
break
