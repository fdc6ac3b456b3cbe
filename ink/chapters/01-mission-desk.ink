=== mission_desk ===
# chapter: 1 The Mission Desk
-> apartment
