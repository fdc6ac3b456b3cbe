=== academy_scene ===
# chapter: 5 Lunch Hour
-> after
