# -*- coding: utf-8 -*-
x = "BOM and declaration"
