# Non-ASCII identifiers; the parser stores them NFKC-normalized.
café = 1
ﬁle = 2
ｆｕｌｌｗｉｄｔｈ = 3
ℌilbert = 4
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 5
ª = 6
µ = 7
ǅ = 8
℘ = 9
℮x = 10
x· = 11
ｘ１ = 12
_ȷ = 13
Ⅸ = 14
ﾀ = 15
éé = 16          # e + combining acute, twice
日本語 = café + ﬁle + ｆｕｌｌｗｉｄｔｈ
def ƒ(ρ, *σ, **τ): return ρ
class Σ: ω = ƒ(ℌilbert)
obj.ﬁeld = obj.ａｔｔｒ
import ｍｏｄ as ℳ
from ﬁles import ａ as ｂ
λ = lambda α=1: α
print(f"{ｘ１}")
