# return, break and continue from except/else handlers, with finally observing the flow.
def from_except():
    try:
        raise ValueError
    except ValueError:
        return "returned from except"
    finally:
        print("  finally after except-return")


print(from_except())


def from_else():
    try:
        pass
    except ValueError:
        return "never"
    else:
        return "returned from else"
    finally:
        print("  finally after else-return")


print(from_else())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise KeyError(i)
        except KeyError:
            out.append("odd %d" % i)
            continue
        else:
            if i == 4:
                break
            out.append("even %d" % i)
        finally:
            out.append("fin %d" % i)
    return out


print(loop_control())


def exception_still_set_in_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("  in finally while ValueError propagates")
    except ValueError as e:
        return "caught " + str(e)


print(exception_still_set_in_finally())


def return_value_evaluated_before_finally():
    state = {"v": "before"}
    try:
        return state["v"]
    finally:
        state["v"] = "after"


print(return_value_evaluated_before_finally())


def while_finally_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return "returned at %d" % n
        finally:
            if n == 2:
                print("  finally at n=2")
    return "never"


print(while_finally_break())
