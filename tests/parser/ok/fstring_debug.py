# f-string '=' debug specifiers: whitespace, conversions, specs and newlines are kept in the text.
a = f"{x=}"
b = f"{x =}"
c = f"{x= }"
d = f"{ x = }"
e = f"{x=!r}"
f = f"{x=!s}"
g = f"{x=!a}"
h = f"{x=:>10}"
i = f"{x=!r:>{w}}"
j = f"{x + y=}"
k = f"{x==y=}"
l = f"{x!=y=}"
m = f"{x<=y=}"
n = f"{f(a, b=1)=}"
o = f"{'é'=}"
p = f"{x
=}"
q = f"{x=
}"
r = f"""{
    x
    =
}"""
s = f"text {x=} more {y = !r} end"
t = f"{x=}{y=}"
u = f"{(x:=1)=}"
v = f"{x=:}"
w = f"{ x = :>{w}.{p}}"
