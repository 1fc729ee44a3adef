x = "éé"; break
