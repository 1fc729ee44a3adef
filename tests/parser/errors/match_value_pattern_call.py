match x:
    case f():
        pass
    case g(1)():
        pass
