=== gathering ===
# chapter: 7 A Year Later
-> finale
