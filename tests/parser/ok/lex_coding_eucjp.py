# coding: euc-jp
名前 = "日本語"
