def f():
    try:
        pass
    except* ValueError:
        try:
            return
        finally:
            x is 1
