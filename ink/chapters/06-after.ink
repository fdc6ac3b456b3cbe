=== after ===
# chapter: 6 The Wall
-> gathering
