// Ultimate Defence: an interactive adaptation of "Iruka's Ultimate Defence" by Kobutori Risu.
// The remembered state lives here; see README.md for what each variable means.
# title: Ultimate Defence
# author: adapted from "Iruka's Ultimate Defence" by Kobutori Risu

VAR courage = 0
VAR honesty = 0
VAR signs = 0
VAR wall = 0
VAR friends = 0
VAR breakfast = "quiet"
VAR academy = "plead"
VAR letters = false
VAR searched = false
VAR reason_known = false
VAR built_wall = false

INCLUDE chapters/01-mission-desk.ink
INCLUDE chapters/02-apartment.ink
INCLUDE chapters/03-breakfast.ink
INCLUDE chapters/04-ichiraku.ink
INCLUDE chapters/05-academy.ink
INCLUDE chapters/06-after.ink
INCLUDE chapters/07-gathering.ink
INCLUDE chapters/endings.ink

-> mission_desk
