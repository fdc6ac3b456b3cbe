=== breakfast_scene ===
# chapter: 3 Breakfast
# backdrop: kitchen-morning
# music: unease
# ambience: street
# recap: On Iruka's day off, Kakashi stood at the window and said he was leaving again, for he could not say how long.
He woke alone, in the middle of the bed, with the sheet on the other side already cool.
# show: iruka neutral left
Today was the free day he had bargained two desk shifts out of Izumo for, a month ago, before any note had come, when he was only hoping.
He had a plan for it that he was slightly embarrassed by. The river path. Lunch from the stall by the bridge. Nothing else at all.
# show: kakashi guarded right
Kakashi was standing at the kitchen window, dressed, with a cup of tea going cold in his hand. His pack sat by the door, buckled shut.
Kakashi: Morning.
Iruka: You're up before me. That's a first.
Kakashi: Mm.
He didn't turn round. Below the window a handcart rattled past, and somebody called out a price for radishes.
Kakashi: I have to head out again. Today.
# pause: 1
Iruka: Today.
Kakashi: For a few days. There are some things I need to organise.
Iruka: When will you be back?
Kakashi: Can't say.
He said it to the glass. Iruka looked at the back of his head, the silver hair flattened on one side where he had slept on it, and waited for the rest.
There wasn't any rest.
Iruka: It's my day off.
Kakashi: I know. Sorry.
Iruka: No. It's fine. If it matters to you, then it's fine.
He heard his own voice say it, and heard what lay under it, flat and small, like a stone at the bottom of a bucket.
-> kitchen

= kitchen
# show: iruka hurt left
# recap: Iruka cooked the last two eggs and sat across from him, holding a year of things he had never said.
He turned to the stove, because it was there.
Last night's rice, scraped out of the pot. Miso. The last two eggs, cracked one-handed, as Kakashi had once shown him, and a piece of shell fished out with the spoon.
It had taken him the better part of a year to say it. He had carried the words around like a coal in his pocket, and in the end they had come out into Kakashi's shoulder, in the dark, half by accident.
Kakashi had said it back. He always said it back. In all this time he had not once said it first.
He would talk about anything else, and listen better than anyone Iruka knew. But turn the talk toward the two of them, and it slid away somewhere, like rain off a tiled roof. Iruka had stopped trying. He could not remember when.
Some days he felt like a parcel Kakashi had to remember to collect. Something he was fond of, and fitted in, on the way to somewhere else.
And then, with no warning, there would be a day like the one in spring, when Kakashi turned up at the Academy in the rain with lunch for two and sat on the wet steps with him, looking at nothing else.
Iruka was happy. That was the difficulty. Most days, with Kakashi, he was simply happy, and it made everything else very hard to say.
# sfx: glass
He set down two bowls. Kakashi came away from the window at last and sat.
They ate. Kakashi tugged the mask down and ate quickly and neatly, as he always did, as though someone might take the bowl. The clock ticked. The street went on with its morning.
Iruka held his chopsticks and did not eat very much.
* [Say nothing]
    -> quiet
* [Ask him what's wrong]
    -> asked
* [Tell him how the last two days have felt]
    -> told

= quiet
# recap: Iruka offered more tea instead of the words, and the moment passed.
~ breakfast = "quiet"
There were words somewhere. He could feel the shape of them behind his teeth: the desk, {apartment.tomorrow:the friends sent home|the full room}, {apartment.reach:the knife under the pillow|the edge of the bed}.
He opened his mouth.
Iruka: More tea?
Kakashi: Mm. Please.
He poured. The tea had stewed and gone bitter, and Kakashi drank it without remark.
The moment in which something might have been said went by like the handcart in the street, rattling, ordinary, and then it was gone round the corner.
Kakashi set down his cup and reached for his mask.
-> door

= asked
# recap: Iruka asked what was wrong, and Kakashi told a poor lie about counting crates.
~ breakfast = "asked"
~ courage = MIN(courage + 1, 3)
He laid the chopsticks across his bowl.
Iruka: Kakashi. What's wrong?
Kakashi: Hm? Nothing's wrong.
Iruka: You came home yesterday. You ran for three days to get here. And now you're going again and you won't say where.
Kakashi: Maa. It's dull, that's all. The Hokage wants me to go through some stores. Inventory.
Iruka: Inventory.
Kakashi: Scrolls. Crates. Counting things. You'd be bored out of your mind.
It was a very bad lie. Kakashi had never in his life counted anything he could get one of his dogs to count for him.
{signs >= 1:
    ~ signs++
    He had turned half back toward the window. Iruka followed the line of his eye, expecting the sky: Kakashi always read the weather before he went out into it.
    It wasn't the sky. He was watching the street. The corner by the fishmonger's, the doorway opposite, every person who came round the bend, each one held and measured until they had gone by.
    That was not a man thinking about crates. Iruka had seen that look on the gate guards, on the night of an alert, and never once at his own kitchen window.
- else:
    He had turned half back toward the window, to the bright square of morning. From where Iruka sat there was nothing to read but the edge of the mask, and the light on his hair.
}
Kakashi: I'll bring you something back. From the stores. A crate, maybe.
Iruka: I don't want a crate.
Kakashi: No. I know.
For a moment he sounded as though he were answering something else entirely. Then he finished his tea, and rinsed the cup, and reached for his mask.
-> door

= told
# recap: Iruka told him plainly how the two days had felt, and Kakashi came to the edge of an answer and stepped back.
~ breakfast = "told"
~ courage = MIN(courage + 2, 3)
~ honesty++
He set the chopsticks down side by side across the bowl, carefully, as people who were gone had taught him when he was small.
Iruka: Can I tell you something? You don't have to answer. I just need to have said it.
Kakashi's hand stopped halfway to his cup.
Kakashi: ...Sure.
Iruka: The last two days.
He had meant to begin better than that. He looked at the grain of the table, and started again.
{mission_desk.leap:
    Iruka: Yesterday I went over a desk in front of half the tower, because it was you. And you gave your report to Kotetsu and told me to finish my work.
- else:
    Iruka: Yesterday I sat behind that desk and said welcome home as if you were anybody. I was afraid of being the man who jumps over it. And you looked glad that I didn't. # needs: seated
}
{mission_desk.walk_out:
    Iruka: I walked out on forty forms to be with you for twenty minutes, and you sent me home to put the kettle on.
}
{apartment.tomorrow:
    Iruka: Last night I sent our friends home. I have never done anything like that in my life. And then you washed every cup we own, so that you wouldn't have to sit down with me.
- else:
    Iruka: Last night there were fifteen people in our home and I spoke to you three times. I counted. Every time, I was the one who crossed the room.
}
{apartment.reach:
    Iruka: I touched your back in our bed, and you reached for a knife. Then you checked the window. Twice.
- else:
    Iruka: I slept on the edge of the bed. You found me in the end, I know. But I lay there a long while first.
}
Iruka: And now you're going again, and you can't say when you'll be back, and I told you it was fine.
Iruka: It isn't fine. I'm not asking you to stay. I knew what you were when we started, and I wouldn't change it.
Iruka: But I don't know what I am, when you're gone. I would like to know that. That's all.
# pause: 1.5
Nothing in the kitchen moved. Down in the street the radish seller had fallen silent too, or moved on.
# show: kakashi grave right
Kakashi was looking at him. Not at the window, not at the bowl. At him, with the whole of his attention, as Iruka had only ever seen him look at a fight he was not sure of winning.
Kakashi: Iruka.
He said it as though it were the beginning of something long. Iruka waited.
Kakashi's hand lay flat on the table between the bowls, and Iruka saw, with a small cold shock, that it was not quite steady.
Kakashi: You're not a nuisance. Whatever you've been telling yourself in here. You were never that. Not once.
Iruka: That isn't what I asked.
Kakashi: I know what you asked.
He reached across the table and laid his thumb on the scar over Iruka's nose, very lightly, as he did when he thought Iruka was asleep.
Kakashi: While I'm gone. If anyone you don't know comes asking about me, at the desk, or the Academy...
He stopped, as if he had heard himself from the outside.
Kakashi: Never mind. Nobody will. Forget I said it.
Kakashi: There's something I have to see to. I can't do it from here. When it's done, I...
Iruka watched him come right up to the edge of whatever it was, and stand there. It took a long time.
Then he stepped back from it. Iruka actually saw him do it: a small settling behind the eye, like a door being eased shut by someone who did not want it heard.
Kakashi: When it's done, you can shout at me properly. I'll stand still for it. I promise.
Iruka: That isn't an answer either.
Kakashi: No. It's the one I've got. I'm sorry.
It was the first thing he had said all morning that was wholly true. Iruka could hear that it was. It did not help as much as it should have.
Kakashi got up and took his bowl to the sink and rinsed it. Then he stayed there, his back to the room, both hands on the edge of the counter, as if he were waiting for something to pass.
# pause: 1
It passed. He straightened, and pulled his mask up, and turned round with his ordinary face on.
-> door

= door
# show: kakashi neutral right
# show: iruka neutral left
# recap: At the door, with his pack on, Kakashi reached for the latch.
At the door he crouched to tie his sandals, and shouldered the pack, and stood. It had been packed before Iruka woke. It had probably been packed before Iruka showered.
{breakfast == "told":
    He stood there with his hand on the latch, and did not open it yet, as if the door were heavier than usual.
- else:
    Kakashi: Well. Enjoy your day off, sensei. Sleep in. Read something improper.
}
* [Let him go]
    -> let_go
* [Tell him you love him]
    -> say_it

= let_go
# recap: Iruka let him go with a kiss and a word to be careful.
He pulled the mask down and kissed Iruka, once, without hurrying, with a hand at the back of his neck.
Kakashi: See you.
Iruka: Be careful.
Kakashi: Always am.
It had never once been true. Iruka let it stand.
-> gone

= say_it
# recap: Iruka said he loved him, first, as always, and Kakashi said it after.
Iruka: I love you. # learns: said_love
He said it first. He always said it first. It went out into the narrow entryway and hung there among the shoes.
# pause: 1.5
Kakashi's hand was on the latch. He didn't move, and then he did: he turned, and pulled the mask down, and something bare went over his face and was gone before Iruka could name it.
Kakashi: I love you.
After. It was always after, like an echo that had to wait for the sound before it was allowed to exist.
{breakfast == "told":Iruka had told him, only minutes ago, that he didn't know what he was. This was not an answer either. It was closer than the others.}
Kakashi kissed him, once, with a hand at the back of his neck, and held it a moment longer than he usually did.
Kakashi: See you.
-> gone

= gone
# sfx: door
# hide: kakashi
# recap: The door closed, and the whole free day lay in front of Iruka with nothing in it.
The door closed. His steps went down the stairs and across the yard, and then there were no steps at all.
# show: iruka hurt left
Iruka stood in the entryway with the dish cloth still in his hand. He did not remember picking it up.
{breakfast:
- "told": In the kitchen his bowl sat rinsed and upside down on the cloth, and Iruka's was still on the table, hardly touched.
- "asked": In the kitchen there was one cup rinsed and upside down on the cloth, and two bowls on the table, and one of them was hardly touched.
- else: In the kitchen there were two bowls on the table and two cups gone cold, and one of the bowls was hardly touched.
}
It was not yet nine. The whole of his day off was in front of him, the river path and the stall by the bridge and all the hours after, and there was nothing in any of it.
# music: none
# ambience: none
{breakfast == "told":He washed the bowl. He dried it. He put it away.|He washed the bowls and the cups. He dried them. He put them away.}
-> ichiraku
