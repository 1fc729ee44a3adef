# Positions of nodes inside f-strings spread over lines, with non-ASCII text around them.
a = f"é{x}ü{y!r}€{z:>{w}}"
b = f"""first line
  second {x +
          y} third
{z}"""
c = (f"part one {x}"
     f"part two {y}")
d = f"{x}" "plain" f"{y:{z}}"
e = f'{
    "multi"
    "line"
}'
g = f"{x=}{y = }{ z=!r:>{w}}"
h = f"""{x:{
y}}"""
