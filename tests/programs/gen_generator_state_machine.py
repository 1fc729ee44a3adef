# A generator-based parser/state machine fed one character at a time with send().
def tokenizer(out):
    while True:
        ch = yield
        if ch.isdigit():
            number = ch
            while True:
                ch = yield
                if ch.isdigit():
                    number += ch
                else:
                    out.append(("NUM", int(number)))
                    break
        if ch.isalpha():
            word = ch
            while True:
                ch = yield
                if ch.isalnum():
                    word += ch
                else:
                    out.append(("NAME", word))
                    break
        if ch in "+-*/()=":
            out.append(("OP", ch))
        elif ch == ";":
            out.append(("END", ch))


tokens = []
t = tokenizer(tokens)
next(t)
for ch in "x1 = 42 + y*(7-300);":
    t.send(ch)
t.close()
print(tokens)


def averager():
    total, count = 0.0, 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            total, count, average = 0.0, 0, None
            continue
        total += value
        count += 1
        average = total / count


a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
print(a.throw(ValueError), a.send(5))
