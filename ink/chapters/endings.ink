// The endings. `finale(answer)` routes by the rules in ink/README.md (first match wins);
// `answer` is what chapter 7 carried here: "smile", "truth", or "away" (not at the gathering).
=== finale(answer) ===
{
- answer == "away" && friends >= 2:
    -> among_friends
- answer == "truth" && reason_known && honesty >= 2:
    -> open_door
- answer == "truth" && letters && wall <= 3:
    -> letters_answered
- answer == "truth":
    -> the_truth
- reason_known:
    -> the_reason
- else:
    -> stone_wall
}

// Canon: the smile, the walk away, and the wall turns to stone.
=== stone_wall ===
# ending: stone-wall The Stone Wall
# hint: Do what he has always done: keep the peace, keep the cups full, keep every word he means to himself.
# recap: He smiled, drew his wrist free and walked away, and the wall inside him set to stone.
# face: iruka toward kakashi
He looked back over his shoulder.
# show: iruka masked
And smiled.
It was a very good smile, the one he gave parents at the Academy gate and children who had failed at something they wanted badly. Warm, and easy, and finished right out to the edges.
There was nothing behind it anywhere for a hand to catch hold of.
Kakashi's fingers loosened. Iruka turned his wrist, gently, and drew it free, as one takes a hand back from a sleeping child.
# exit: iruka right
# hide: kakashi
Then he walked away, towards the lanterns and the noise, and did not look back again.
{gathering.face_him:He had looked at him properly once tonight, in the kitchen. He would not need to again.}
{courage >= 3:Once, that year, he had been a man who spoke up. He let that man go, too.}
{built_wall:
    # wall: 5
    # effect: stone
    # music: stone
    Somewhere on the way back to the lanterns, he felt it happen. # needs: wall_built
    All year the wall had been sand. It had shifted when he leaned on it, and needed him awake, holding it up.
    Now, between one step and the next, it set. It went cool, and hard, and quiet all the way through, and it did not need him at all.
- else:
    # wall: 3
    # music: stone
    Somewhere on the way back to the lanterns, he understood that he had never built a wall at all. # needs: !wall_built
    There had only ever been the smile. It would have to stand where a wall would have stood, and he would have to hold it up himself, every day, for years.
}
# backdrop: gathering-night
# show: iruka masked left
# show: kurenai neutral right
{gathering.leave:
    Kurenai found him at the edge of the lanterns, and looked at his empty hands, and then at his face.
    Kurenai: Well?
    Iruka: I left your drink on the counter. Sorry. I'll make you another. # needs: !drink
- else:
    He gave Kurenai her drink. She took it, and looked at his face over the rim.
    Kurenai: Well?
    Iruka: It's weak. Just as you like it. # needs: drink
}
{gathering.fetched:
    Kurenai: I dragged you up a hill for this. # needs: fetched
}
She let it go, as he had known she would. Nobody could argue with a smile like that.
# hide: kurenai
He did not feel for the chakra on the far side of the garden. There was nothing left in him that reached.
# backdrop: black
# ambience: none
# hide: all
# pause: 2
{built_wall:It held.|It would have to hold.}
-> END

// The smile, with the reason known: a promise kept, not a door shut.
=== the_reason ===
# ending: the-reason The Reason
# hint: Some questions can only be asked by a man who was paying attention, and who had already found his voice at breakfast.
# recap: He smiled for the garden and kept his half of Kakashi's plan, with someone still watching the roofs.
# face: iruka toward kakashi
He looked back over his shoulder, and smiled.
# show: iruka smile
It was the smile he gave everyone. Parents, jounin, the Hokage's clerks. Anyone at all could have stood there and seen it and gone away satisfied.
His eyes, above it, were only for Kakashi, and they were not smiling. I know, they told him. Since the classroom, since the notebook and the line under my name. I have kept my half all year, and nobody had to ask.
# pause: 1.5
# closeup: wrist
Kakashi's hand stayed where it was for one breath longer. Iruka felt the thumb move, once, across the inside of his wrist, where the pulse was.
Then the fingers opened. Iruka took his hand back, and walked away into the lanterns.
# hide: kakashi
# backdrop: gathering-night
# music: aftermath
Nobody in the garden looked at him twice. Why would they? A chuunin teacher, coming back from the kitchen, smiling at something.
That was the point. It had always been the point.
He did not know whether the last of those men were dead, or locked up, or still out there somewhere with long memories and another notebook.
Kakashi had not said. Kakashi never would, and Iruka would never ask, not here, not anywhere someone might be listening.
The copy-nin would always have enemies. They would always be looking for the soft place.
# backdrop: village-rooftops
# ambience: night
# show: iruka guarded centre
He left before midnight, and walked home the long way, down the hill, under the shuttered stalls.
Halfway down, the back of his neck went cold.
He knew that feeling. A year, and it had never quite gone. Somebody on the roofs, one building behind, keeping pace.
{after.watcher:
    A white mask, he thought, with one red stroke over the eye. Still there. Still keeping orders from someone who had asked not to be named.
}
He did not look up. He only lifted a hand a little as he walked, not quite a wave, in case whoever was up there was the sort who noticed.
The cold stayed with him all the way to his door.
# backdrop: apartment-empty
# sfx: door
He went in, and took down one cup, and pushed the window latch home. It closed with the same small, clean click it had made ever since Kakashi oiled it. # needs: latch_oiled
The wall stood where it had stood all year. It was not a wall against Kakashi. He understood that now, if there had ever been a time he had not.
They had built it between them, in a classroom at lunchtime, one on either side, and not a single stone of it showed.
He could go on smiling at him across gardens. He could do it for as long as it took.
# hide: all
# backdrop: black
# ambience: none
He slept with the window locked, and the wall at his back, and somewhere above the roofs, someone awake.
-> END

// The truth, with no reason given and no letters to answer it.
=== the_truth ===
# ending: the-truth What He Didn't Say
# hint: When someone finally asks how he is, he could give an answer that is not the one everyone expects.
# music: aftermath
# recap: He told Kakashi he was not happy, and went home with one gap open in the wall.
He could feel the smile waiting, ready on his face before he had decided anything. He had been making it for a year. He had been making it his whole life.
He did not make it.
# show: iruka hurt
# face: iruka toward kakashi
# closeup: wrist
He turned round, with Kakashi's hand still round his wrist, and looked at him.
Iruka: No.
Iruka: Not really. Not yet. Most days I'm busy enough not to notice, and that does nearly as well.
Iruka: I meant what I said. I'm glad you are. I just didn't know it would cost so much to mean it.
# pause: 2
Kakashi's fingers tightened. Not enough to hurt. Enough that Iruka could feel what it cost him too.
# show: kakashi grave
Kakashi: Iruka...
Something came up into that one visible eye, right up to the surface, and Iruka thought, here it is. A year late, and here it is.
He saw the cloth of the mask move, as if Kakashi had opened his mouth behind it.
# pause: 2
Then it sank again, whatever it was, back down out of reach, and the eye was only tired.
Kakashi: I'm sorry.
Iruka: I know. You always are.
He did not say it unkindly. It was only true, and tonight he had decided to say the true things.
Kakashi let go.
# hide: kakashi
# backdrop: village-rooftops
# ambience: night
# show: iruka guarded centre
He did not go back to the garden. He left Kurenai's drink on the hall shelf, went out by her side gate, and walked down the hill on his own.
{gathering.fetched:
    Kurenai had carried him up here by the collar; he owed her the rest of the evening, and would pay it another night. # needs: fetched
}
The truth had not fixed anything. He had not expected it to.
{gathering.face_him:He had looked at him once already tonight, in the kitchen, and lived. That was what had made the second time possible.}
{courage >= 3:He had said true things before, at a desk and at a table, and they had never yet changed what anyone did. He had said this one anyway. That was the part worth keeping.}
{reason_known:
    He knew why Kakashi had gone. He had known since the classroom. What he did not know was whether it was over, or whether it would ever be, and Kakashi had held his wrist and still not said.
    Perhaps he could not. Perhaps it was one more thing he was keeping for Iruka's own good. Iruka found, walking, that he could set that down at the bottom of the hill and leave it there.
- else:
    Kakashi had had a whole year to say whatever it was he had not said, and he had stood there with Iruka's wrist in his hand and still not said it.
    Perhaps there was a reason. Perhaps there was only Kakashi, and how he was made. Iruka would never know, and he found, walking, that he could set that down at the bottom of the hill and leave it there.
}
But he had not smiled. That was what he kept coming back to, on the quiet street, under the dark stalls.
For a year he had handed the whole village a face that was not his. Tonight, for one minute, {gathering.back_step:on a dark step that smelled of herbs|in a hallway that smelled of plum wine}, he had let somebody see the real one.
It had hurt. It was still hurting. It felt, oddly, like the first thing all year that had belonged to him.
~ wall = MAX(wall - 1, 0)
-> after.wall_tag ->
# backdrop: apartment-empty
At home he did not reach for the kettle. He opened the window, and sat by it, and let the night come in.
The air was cold and clean, and it came through the wall at the one place he had opened himself.
It was not much of a gap. It was his.
# hide: all
# backdrop: black
# ambience: none
-> END

// The truth, after the letters, with the wall still low enough to take an answer.
=== letters_answered ===
# ending: letters-answered The Reply
# hint: What he cannot say aloud, he might write down, if the wall stays low enough for an answer to get through.
# music: aftermath
# recap: Kakashi gave him the answers he had written and never sent, and Iruka began a letter of his own.
# face: iruka toward kakashi
He turned round. He did not smile.
# show: iruka hurt
Iruka: No.
Iruka: Not really. I've been getting by. I've got very good at getting by.
He waited for Kakashi to say he was sorry. It did not come.
# show: kakashi grave
Kakashi: I read them.
# pause: 2
Kakashi: Both of them. The one at the stone, and the one in the pigeonhole. I read them until the folds wore through.
He let go of Iruka's wrist, and reached inside his vest, and took out a packet of folded paper tied round with a strip of bandage.
Not Academy paper. The backs of mission report forms, the cheap grey kind, written over edge to edge in that slanting hand.
Kakashi: I wrote back. Most nights, for a while. Some of them from places I shouldn't have been writing anything down.
Iruka: You never sent them.
{reason_known:
    Kakashi: You know why I couldn't.
    Iruka: I know. I waited anyway.
- else:
    Kakashi: No.
    Iruka: Why not?
    Kakashi: If I'd sent one, I'd have come after it. And I couldn't come after it.
    It was not an answer. It was the outline of one, with the middle cut out, and Iruka understood that it was as much as Kakashi had.
}
Kakashi: They're yours. They always were. I only carried them.
Iruka took the packet. It was warm from being carried close to someone.
# hide: kakashi
# backdrop: apartment-empty
# ambience: night
# sfx: paper
He read them at his own kitchen table, under the lamp, with the tea going cold at his elbow.
They were not what he had expected.
{reason_known:
    None of them said why. He already knew why. They were answers to everything else.
- else:
    None of them said why. He turned every page looking for it, and it was not there. What was there were answers, to everything else he had asked.
}
{reason_known:
    The latch, said one. I should have oiled it a year before I did. I am sorry about the latch. # needs: latch_oiled
- else:
    The latch, said one. I always meant to fix it, and never did. I am sorry about the latch. # needs: latch
}
The frog, said another. Give him full marks. Anyone who can make a frog look that surprised deserves them.
The longest one came back to the same thing again and again, as if Kakashi did not trust it to stay said. You did not do anything wrong. Whatever else I have left out of these, that part is true.
You said you were happy, said the last. So was I. I don't know how to be sorry enough for that.
Some were only a line. One was only his name, at the top of a form, and nothing under it, as if Kakashi had sat with the brush above the paper until the ink dried.
He held that one longest.
When he had finished it was nearly light. He squared the packet on the table, where a key had once been squared to the edge, a year ago.
Then he took out a sheet of Academy paper and the good brush, and began.
Not a letter to leave under a pebble. This one he would put into a hand himself.
# hide: all
# backdrop: black
# ambience: none
-> END

// The smile refused, the reason known, and honesty enough to ask for more: a slow beginning.
=== open_door ===
# ending: open-door The Door Left Open
# hint: Learn why Kakashi went, and let honesty become a habit long before the night it matters most.
# music: aftermath
# recap: He told Kakashi that safe was not the same as happy, and they began again, slowly, on a Tuesday at Ichiraku.
# face: iruka toward kakashi
# closeup: wrist
He did not smile. He turned round, with his wrist still in Kakashi's hand, and let him see his face.
# show: iruka hurt
Iruka: No.
Iruka: I kept my half. Nobody in this village could find a thing in me worth taking. I made very sure of it.
Iruka: But that isn't happy, Kakashi. That's only safe. I didn't know until just now that they weren't the same thing.
# pause: 2
# show: kakashi grave
Kakashi's grip loosened. He did not let go.
Kakashi: It's finished.
Kakashi: The last of them. Two months ago, up past the northern border. There's nobody left alive who read that notebook.
Iruka: Two months.
Iruka: And tonight you came to a party.
Kakashi: Maa. Kurenai mentioned a ravine.
Iruka said nothing. After a moment Kakashi set the joke down again, as if it had turned out heavier than he expected.
Kakashi: That's not why. I didn't know if I was allowed. I didn't know if there was anything left to come back to, after how I did it.
Iruka: You decided for me. What I could carry. What I was allowed to know.
Kakashi: Yes.
Iruka: Don't do that again.
# show: iruka guarded left
Iruka: If there's anything, and I don't know yet that there is, it starts slowly. We eat. We talk. You answer me, even when the answer is hard.
Iruka: If there's ever another notebook, you tell me, and we decide together. Both of us.
Iruka: And you use the door. Like anybody else.
Kakashi: That's a lot of conditions.
Iruka: It was a lot of year.
# pause: 1.5
Kakashi looked at him for a long moment. Then he nodded, once, as Iruka had seen him accept a mission he did not expect to enjoy.
Kakashi: Tuesday. Ichiraku.
Iruka: You'll be late.
Kakashi: Probably.
Iruka: I'll wait ten minutes. Not eleven.
Kakashi let go of his wrist. Slowly, a finger at a time, as if he were setting down something he might need to pick up again.
# hide: all
# backdrop: ichiraku-night
# music: hope
# ambience: street
# show: iruka neutral left
# show: ayame neutral right
On Tuesday he was at Ichiraku at seven, with an empty stool beside him and Ayame trying very hard not to watch the curtain.
Seven. Five past. Eight past. He did not look at the clock. He could hear it perfectly well from the back wall.
# hide: ayame
# sfx: footsteps
At nine minutes past, the curtain moved.
# show: kakashi neutral right
Kakashi: Yo. Sorry. There was a black cat in the road, so I had to go round the long way...
Iruka only looked at him.
Kakashi: I walked past four times. I didn't know if I should come in.
Iruka: Sit down.
Kakashi sat. Not on the stool beside him. On the one after that, with an empty one between them. Iruka let him. It seemed a fair distance for a first night.
They ordered. They did not talk about the year, not yet. Kakashi asked about the first-years and the pond, and listened to the answer, all the way to the end.
It was not what it had been. It was not anything yet. It might become something, if they were careful, and honest, and slow.
At the corner they stopped. Kakashi hesitated. Iruka waited. Nothing happened but a nod, and a question about Friday, and an answer.
# hide: kakashi
# backdrop: apartment-empty
# ambience: night
That night he latched the window, as he had every night for a year.
The door, he left on the latch, in case anyone decided to use it.
# hide: all
# backdrop: black
# ambience: none
-> END

// Not at the gathering, or walked out of it: a life among friends, at a long table.
=== among_friends ===
# ending: among-friends The Long Table
# hint: Let in the friends who keep knocking; by winter, the life in front of him may be worth more than one party.
# backdrop: ichiraku-night
# music: hope
# ambience: street
# show: iruka neutral left
# recap: He spent the night at the long table behind Ichiraku, and told Kurenai he was well, and meant it.
{gathering.with_friends:
    By the bottom of the hill, Kurenai's lanterns were only a glow over the river behind them, and his hands had stopped shaking.
- else:
    Ichiraku was loud by the time he came down the lane, and the lanterns were lit all along it.
}
Somewhere in the winter, without anyone deciding it, Saturdays at Ichiraku had outgrown the counter.
Teuchi had given up and laid planks across two trestles in the lane behind the stand, with benches on either side that had come from the Academy and never gone back.
{after.desk_friends:
    Izumo and Kotetsu were at the far end, arguing about whose turn it was. # needs: desk_friends
- else:
    Kurenai's Thursday stew had become a Saturday pot, and someone was always arguing about whose turn it was to carry it.
}
The new taijutsu teacher, four months at the Academy, had finally stopped calling him Umino-sensei. Two of the night-shift clerks had brought their own pickles.
~ wall = MAX(wall - 2, 0)
-> after.wall_tag ->
# show: ayame neutral right
Ayame brought the bowls out herself, and then, instead of going back behind the counter, sat down at the end with her own.
She put the egg in Iruka's bowl without asking. She always did.
# show: iruka warm left
Someone wanted to hear about the pond, and he told it. How the fire had started, and who had started it, and the look on the Hokage's face when he came to inspect the damage. They laughed, and he laughed with them.
It came from somewhere lower down than his smile usually did. He noticed that, and did not make anything of it.
Once, between one story and the next, he looked up over the roofs towards the river.
{gathering.with_friends:
    He thought of a doorway, and a hand that had not quite reached him. He hoped Kakashi would go back out into the lanterns, and stay, and be glad of it.
- else:
    He thought of the lanterns over there, and who was under them. He hoped Kakashi was laughing at something, and meant it.
}
Then {after.desk_friends:Kotetsu|somebody} knocked his tea over, and the plank was running with it, and nobody was mopping it up, and Iruka turned back to the table.
# hide: ayame
# show: kurenai neutral right
Near midnight, Kurenai came down the lane still in her good clothes, with the last of her party's rice balls knotted up in a cloth.
Kurenai: I'm told this is where the real party is.
She sat down on the end of the bench beside him, and helped herself to his pickles.
Kurenai: He asked after you.
Iruka: Tell him I'm well.
# show: kurenai warm right
Kurenai: Are you?
# pause: 1.5
He looked down the length of the table. {after.desk_friends:Izumo had fallen asleep against Kotetsu's shoulder.|One of the clerks had fallen asleep against the trestle.} Ayame was stacking bowls. The tea was still dripping off the end of the plank.
Iruka: Yes.
It was true. He checked it, and it was still true when he had finished.
# wall: 0
{built_wall:Somewhere in the year, without his noticing, the wall had stopped being a thing he stood behind. It was only something low and warm at his back, to lean on, with the whole table in front of him.|He had never built anything to hide behind, that year. He had only let people sit down beside him, one at a time, until there was a whole table of them.}
# show: ayame neutral centre
Ayame: Iruka-sensei. Your noodles are getting cold.
He turned back to them.
# hide: all
# backdrop: black
# ambience: none
-> END
