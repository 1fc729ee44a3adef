# Identifiers whose NFKC form is spelled like a keyword or another name stay names.
ｉｆ = 1
ｆｏｒ = ｉｆ
ｍａｔｃｈ = 2
ｔｙｐｅ = 3
ℕone = 4
ﬁ = 5
ᵢ = 6
Ⅻ = 7
ｒｅｔｕｒｎ(ｗｈｉｌｅ)
