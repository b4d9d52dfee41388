print("_broken_mod starts")
raise ValueError("module failed during import")
