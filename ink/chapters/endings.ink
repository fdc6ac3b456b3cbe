=== finale ===
-> stone_wall

=== stone_wall ===
# ending: stone-wall The Stone Wall
-> END
