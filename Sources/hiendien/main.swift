print("hiendien")
