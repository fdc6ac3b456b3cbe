=== apartment ===
# chapter: 2 A Full House
# backdrop: apartment-crowded
# music: homecoming
# ambience: evening-crowd
# recap: Guy brought half the village to the apartment that night, and Kakashi sat in the middle of it, out of reach.
By nine there were so many sandals in the entryway that the door would not close, and Iruka had given up keeping them in pairs.
# show: iruka smile left
The apartment held more people than it had cushions, cups or air. Asuma was smoking out of the kitchen window. Genma sat on the shoe cupboard, telling a story that got longer each time someone new came in.
Iruka went among them with the kettle and a dish of pickled radish, and then with the sake, and then with the kettle again. The rice cooker was on its third load.
# show: kakashi warm right
Kakashi was at the centre of it, on the floor with his back against the bookshelf, washed and changed, laughing under the mask at something Kurenai had said.
He looked tired and pleased and very far away, though the room was four strides across.
{mission_desk.composed:
    # show: guy grin centre
    Guy: Iruka-sensei! I hear you did not even rise from your chair when my eternal rival walked through the door! # needs: seated
    Guy: Such discipline. Such terrible, frozen discipline. I have never been so disappointed in a man I respect.
    # hide: guy
    The room laughed. Kakashi laughed with it and did not look round, and Iruka smiled and filled Guy's cup to the brim.
}
{mission_desk.walk_out:
    Kotetsu: You owe us, by the way. Forty forms. Izumo did your signature and now the Hokage thinks you've had a stroke.
    Izumo: I did it beautifully.
    Iruka: I'll take your next two evenings. Both of you.
    He thought of the corner by the bathhouse, and of saying something about it, lightly, as a joke. He found he couldn't make it light enough.
- else:
    {mission_desk.leap:
        # show: kurenai warm centre
        Kurenai: The whole tower's heard about the desk, you know. They're saying you cleared it without touching the inkwell.
        Iruka: I touched the inkwell.
        Kurenai: Don't ruin it for them.
        # hide: kurenai
        She went back to her cup. Across the room Kakashi was telling Asuma something with his hands, and had not heard.
    }
}
It had been four months. Kakashi could have said, come tomorrow, and every person in this room would have understood and gone home smiling.
He hadn't said it. Iruka suspected it had never crossed his mind, and that was the part that stung: not that he had chosen this, but that there had been nothing to choose.
* [Smile and keep the cups full]
    -> host
* [Ask them to come back tomorrow]
    -> tomorrow

= host
# recap: Iruka smiled and kept the cups full, and crossed the room for every word he had with Kakashi.
He had learned over the year how to do this. You noticed the small hurt. You turned it over once. Then you put it somewhere high up, like a cup you never used.
He smiled. He filled Genma's cup, and Anko's, and carried the empty rice pot back to the kitchen to start another.
Three times in the course of the evening he crossed the room to Kakashi.
The first time he crouched beside him and asked if he had eaten. Kakashi said Guy had fed him something green and it was still fighting back, and turned to answer Asuma.
The second time he brought tea. Kakashi took it, and his fingers touched Iruka's on the cup, and he said thanks in the voice he used for anyone who handed him anything.
The third time Iruka only rested a hand on his shoulder on the way past. Kakashi covered it with his own for a moment, warm and absent, and let it go.
Nobody else would have seen any of it. Iruka saw all of it, and kept the cups full.
-> leaving

= tomorrow
# recap: Iruka asked the guests to come back tomorrow, and Kakashi watched him as if he might go off.
~ courage = MIN(courage + 1, 3)
~ honesty++
He put the kettle down on the counter. His hand was not quite steady, so he left it there until it was.
# show: iruka guarded left
Iruka: Everyone. Sorry. Can I say something?
The talk thinned out and stopped. A dozen faces, some of them flushed, turned toward the kitchen doorway.
Iruka: I'm glad you came. I mean that. But he hasn't slept in three days, and I haven't had him home in four months.
Iruka: I'd like him to myself tonight. Could we do this tomorrow? I'll cook. Properly, not radish.
The silence afterward was not long, but he felt every part of it. Genma's eyebrows went up under his bandanna. Somebody near the door laughed once, uncertainly, and stopped.
Anko said something into her cup that had the word territorial in it. Iruka heard it and let his face stay where it was.
# show: kurenai neutral centre
Kurenai was the first to move. She set down her cup, stood, and brushed off her skirt.
Kurenai: He's right, and you all know it. Shoes. Asuma, put that out, you're not smoking on the stairs.
# hide: kurenai
The room began to empty, in the slow, apologetic, cheerful way of people who had been told something true.
Kakashi got up too, to see them out.
Kakashi: Maa. You heard the sensei.
He said it lightly. But as he passed the kitchen doorway he looked at Iruka, and it was a look Iruka had seen him give a seal he had not drawn himself: careful, and a little wary, as if it might still go off.
-> leaving

= leaving
# show: guy grin centre
# recap: Guy was the last to go, and the door shut on the noise.
Guy was the last out, as Guy always was. He stood in the doorway with one sandal on and took Kakashi by both shoulders.
Guy: Four days, my rival. Four days to eat and sleep and become whole again.
Guy: And on the fifth I will be at the training ground at dawn, and we will settle the matter of the two hundred and ninth challenge.
Kakashi: I'll try to be late.
{tomorrow:
    Guy: And you, Iruka-sensei. Guard his rest well. It is a worthy mission, and you have begun it bravely.
    Iruka had no idea what to say to that, so he bowed a little, and Guy bowed back much further.
}
# hide: guy
# sfx: door
# backdrop: apartment-after
The door closed on the stairwell and its cold air. Somebody's cup, left on the floor, rocked once and was still.
{tomorrow:
    -> alone_early
- else:
    -> alone_late
}

= alone_late
# show: iruka neutral left
# recap: Past one, among the empty cups, Kakashi yawned and went to bed.
It was past one. Iruka stood among the cups and did the sum he had been putting off all night.
Six hours, and in all of them, every word that had passed between him and Kakashi was one he had gone across the room to fetch.
Kakashi: Bed, I think.
Kakashi yawned enormously, rubbed the back of his head, and wandered off toward the bedroom without looking at the cups.
Iruka took a long breath, and went to shower.
-> night

= alone_early
# show: iruka neutral left
# recap: Kakashi washed every cup they owned and talked of anything but the two of them.
It was not yet ten. The quiet was enormous. Iruka had thought it would feel like a gift, and it felt instead like a room where something had been about to be said.
Kakashi started on the cups.
He washed every one of them, slowly and thoroughly, as he never washed anything, and set them upside down on the cloth in rows.
Iruka came and leaned beside the sink to dry. Kakashi asked him about the new first-years, and the leak in the east wing roof, and whether Ichiraku had put its prices up again.
Every answer Iruka gave, he had another question ready. None of them were about the two of them. None of them were about tonight.
He had sent a room full of friends home for this, and he was still the one who had crossed the kitchen.
Kakashi: Bed, I think.
He dried his hands on his trousers, yawned behind the mask, and went.
Iruka stood a while with the cloth in his hands, and then went to shower.
-> night

= night
# backdrop: bedroom-night
# ambience: night
# music: none
# hide: all
# recap: Kakashi had fallen asleep across the bed, and left Iruka a sliver of it at the edge.
He stayed under the water a long time, until it went lukewarm, and then a while longer.
When he came out, towelling his hair, the lamp was still on and Kakashi was asleep.
He lay on his front, diagonally across the bed, one arm flung over Iruka's half and one foot hanging off the end. The mask was down. Asleep, his face looked younger, and much more tired.
There was about a hand's width of mattress left along the edge.
* [Curl up at the edge]
    -> edge
* [Reach for him]
    -> reach

= edge
# recap: Iruka lay awake at the edge until Kakashi, still asleep, drew him in.
He turned off the lamp and lay down in the hand's width, on his side, knees drawn up, facing the dark.
He did not want to wake him. He told himself that twice.
The ache sat under his breastbone, low and particular. It was not even a large thing. He had been on his own for four months, and he was still on his own, and someone was breathing behind him.
# sfx: tick
The kitchen clock ticked through the wall. A cat crossed the roof. He counted nothing and waited for nothing, and did not sleep.
# pause: 1.5
Then an arm came across the sheet, heavy with sleep, and closed around his waist, and drew him backward into the warmth.
Kakashi's breath settled against the back of his neck. He did not wake. He only held on, as if even asleep he had known all along where Iruka was.
The ache did not go. It only lay down, for now, and let him be. Iruka put his hand over the hand on his stomach, and slept.
-> breakfast_scene

= reach
# recap: When Iruka touched him, Kakashi woke with a knife in his hand, and then went to check the window.
~ courage = MIN(courage + 1, 3)
He turned off the lamp and lay down in the hand's width. Then, because he had waited four months, he reached over and laid his palm between Kakashi's shoulder blades.
# show: kakashi guarded centre
Kakashi was awake before the hand had settled. He turned in one movement, his arm went under the pillow, and when it came out there was a kunai in it, the edge catching the light from the street.
For one heartbeat they looked at each other along it.
Kakashi: ...Iruka.
Kakashi: Sorry. Sorry. Habit.
He slid the kunai back under the pillow. Not into the drawer, not into his pack. Back under the pillow, where his hand could find it.
Then he got up, bare feet silent on the boards, and went to the window. He tried the latch. It stuck, as it always had; he worked it shut, tried it again, and stood looking down into the street for a while before he came back.
~ signs++
Iruka: You never used to sleep with that.
Kakashi: Four months of sleeping in ditches. It'll wear off.
{signs >= 2:
    Iruka lay still and set it beside the other things he had not been told.{mission_desk.composed: Three pages for four months, and a seal.}{mission_desk.walk_out.ask_why: Three days of running, for a roof.}
    One thing on its own was a habit. This was beginning to be a shape.
}
Kakashi made room, and pulled him in, and held him. It was what Iruka had wanted.
He lay awake in it anyway, a hand's breadth from the knife under the pillow, listening to the latch not move.
-> breakfast_scene
