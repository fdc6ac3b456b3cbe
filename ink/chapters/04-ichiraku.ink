=== ichiraku ===
# chapter: 4 Three Days
-> academy_scene
