=== breakfast_scene ===
# chapter: 3 Breakfast
-> ichiraku
