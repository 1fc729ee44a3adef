# A traceback through super() calls in an inheritance chain.
class Base:
    def process(self, data):
        return data["payload"]


class Middle(Base):
    def process(self, data):
        return super().process(data) * 2


class Top(Middle):
    def process(self, data):
        return super().process(data) + 1


print(Top().process({"payload": 20}))
print(Top().process({}))
