=== apartment ===
# chapter: 2 A Full House
-> breakfast_scene
