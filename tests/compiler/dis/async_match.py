async def fetch(session, urls):
    async with session:
        async for url in urls:
            data = await session.get(url)
            yield [chunk async for chunk in data]


def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case [x, *rest] if rest:
            return x
        case {"x": x, **others}:
            return others
        case Point(x=0, y=y) | Point(y=y, x=0):
            return y
        case str() as s:
            return s
        case _:
            return None
