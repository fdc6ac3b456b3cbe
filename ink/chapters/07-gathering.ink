// Chapter 7, A Year Later: Kurenai's gathering, and the kitchen.
// Reads: friends, wall. Sets: courage (turn and face him).
// Routes to finale(answer): "smile" or "truth" (answered "Are you?"), or "away" (not at the
// gathering, or walked out of it to his friends; only offered with friends >= 2).
=== gathering ===
# chapter: 7 A Year Later
# hide: all
# backdrop: mission-desk
# music: aftermath
# ambience: mission-room
-> invitation

= invitation
# recap: A year on, Kurenai told him he was coming to her party on Saturday, and that Kakashi would be there.
-> after.wall_tag ->
# show: iruka neutral left
It was a year, near enough to the week, when Kurenai put her report down on his end of the desk and did not take her hand off it.
# show: kurenai stern right
Kurenai: Saturday. My house. You're coming.
Iruka: I've got marking on Saturday.
Kurenai: You've got marking every Saturday. You're coming.
Kurenai: He'll be there. I'm telling you now so you don't find out on my doorstep.
Kurenai: It's been a year, Iruka. You're both my friends, and I'm tired of having two of everything. Two birthdays, two sets of excuses.
Iruka: Kurenai...
Kurenai: Come, or I'll come round and fetch you and drop you in the ravine behind the third training ground. I know where it's deepest.
She did not smile when she said it. She never did, which was why people came.
# show: iruka guarded left
{
- built_wall && wall >= 4:
    Somewhere under his ribs the wall he had spent a year on stood quite still and waited. It felt strong enough. He thought it probably was. # needs: wall_built
- built_wall:
    Somewhere under his ribs the wall he had spent a year on stood and waited. He did not know, if he was honest, whether it would hold. # needs: wall_built
- else:
    He had built nothing against this, all year. He had only got through it, a week at a time, with the door open, and he did not know what that would be worth on Saturday. # needs: !wall_built
}
* [Say you'll come]
    -> go
* [Tell her no]
    -> stay_away

= go
# recap: Iruka said he would come.
Iruka: All right. I'll come.
Kurenai: Good. Bring something to drink. Not the stuff Kotetsu brings.
# hide: kurenai
When she had gone, he sat looking at his own hands for a while before he reached for the next report.
-> party

= stay_away
# recap: Iruka told Kurenai no.
Iruka: No. Thank you, I mean that. But no.
{friends >= 2:
    -> long_way
- else:
    -> fetched
}

= long_way
# show: kurenai neutral right
# recap: Kurenai let him keep his Saturday at Ichiraku, and he turned away from the lanterns across the river.
She looked at him for a long moment, as she looked at an illusion she had not cast herself.
{after.desk_friends:
    Kurenai: Izumo says you eat at Ichiraku on Saturdays now. Half the desk, and Ayame telling you all to go home. # needs: desk_friends
- else:
    Kurenai: Ayame says you eat at her counter on Saturdays now, and stay for the washing up.
}
Iruka: Most Saturdays.
Kurenai: And this one?
Iruka: This one too.
He watched her weigh it. The ravine, the year, the two of them. Then something in her face gave a little, which it seldom did.
# show: kurenai warm right
Kurenai: Then go to Ichiraku. I'll tell him you had somewhere to be. It'll even be true.
Kurenai: You're not getting out of my birthday, though.
# hide: kurenai
- (saturday)
# backdrop: village-rooftops
# ambience: night
# show: iruka neutral centre
On Saturday he walked down through the village at dusk, with the good plum wine under his arm that had been meant for her.
From the top of the hill he could see Kurenai's garden across the river, lanterns strung through the trees, small and gold.
Somewhere under them was a chakra he would have known in his sleep. He let himself feel for it once, as he might run a thumb along an old scar.
There. Cool and quiet, at the edge of things, as it had always been.
He hoped the evening was good to him.
Then he turned down the hill, towards the smell of broth and {after.desk_friends:the sound of Kotetsu losing an argument|Ayame's lantern over the counter}, and did not look back.
# hide: all
-> finale("away")

= fetched
# recap: Kurenai came to his door on Saturday and took him to the party anyway.
Kurenai: We'll see.
# hide: kurenai
She took her report back unstamped and left with it, which was its own kind of threat.
# backdrop: apartment-empty
# ambience: night
# show: iruka neutral left
On Saturday evening he sat at the kitchen table with forty essays on the founding of the village and a red brush, and did not look at the clock.
At eight there was a knock. Not at the window. At the door.
# sfx: door
# show: kurenai stern right
Kurenai: I said I'd come and fetch you. # learns: fetched
Iruka: You said you'd drop me in a ravine.
Kurenai: I'm working up to it. Sandals.
He could have argued. He looked at her face and did not bother. He laid the brush down, and capped the ink, and went to find his sandals.
Kurenai: I hope you've got something to bring.
Iruka: Half a bottle of cooking sake.
Kurenai: Then you can mix the drinks. You always were better at it than me.
# hide: kurenai
-> party

= party
# backdrop: gathering-night
# music: gathering
# ambience: evening-crowd
# show: iruka neutral left
# recap: At the party he enjoyed himself, and kept the whole garden between himself and Kakashi.
Kurenai's garden was strung with lanterns and full of people he had known half his life.
{fetched:
    Kurenai did not let go of his elbow until he was through the gate, and then only to hand him a tray. # needs: fetched
}
Somebody put a cup in his hand. Somebody else wanted to know how, exactly, the new first-years had set fire to the Academy pond.
# show: guy grin right
Guy: Iruka-sensei! You came! My rival said you wouldn't, and I told him that a heart as youthful as yours would never...
He did not hear the rest. He was still turning over the middle of it. Then he made himself put it down.
# hide: guy
# show: iruka warm left
He enjoyed himself. That was the surprise of it. He ate too many of Kurenai's rice balls, and argued with a medic about splints, and laughed more than once without deciding to.
And all evening he knew where Kakashi was, without once looking. # learns: kakashi_located
By the persimmon tree, at first. Then on the veranda steps, then indoors, then out under the lanterns again.
That chakra sat at the edge of his senses like a cool draught, and he kept the width of the garden between them.
{built_wall:It was still there under the wall. He could feel it when the chakra moved: a year of stones, and under them the same thing, unhurt, as if nobody had told it.|It was still there. A year had not made it any smaller. It had only taught it to keep still.}
{friends >= 2 && after.desk_friends:
    Once or twice he caught Kotetsu watching him do it. Kotetsu did not say anything. He only drifted, with his cup, until he happened to be standing in between. # needs: desk_friends
}
-> kitchen

= kitchen
# backdrop: kurenai-kitchen
# show: iruka neutral left
# recap: He was mixing drinks in Kurenai's kitchen when Kakashi came to stand in its doorway.
Late in the evening the drinks ran out, and Kurenai nodded him towards her kitchen.
It was quieter in there. The noise of the garden came through the wall softened, like voices from another house.
# sfx: glass
# face: iruka left
He set out a glass, the plum wine and the soda water, and chipped ice off the block she kept packed in sawdust in a wooden chest. # learns: drink
He was stirring when he looked up and found he was not alone.
# show: kakashi neutral right
Kakashi was standing in the doorway.
For the length of one drink he had stopped keeping track of him, and that had been long enough. # needs: kakashi_located
Hands in his pockets. No book. The same slouch against the frame. Thinner, Iruka thought, and then did not let himself think it.
He was not saying anything. He was only watching, that one grey eye steady on Iruka's hands.
* [Finish the drink, and walk past him]
    -> walk_past
* [Turn and face him]
    -> face_him
* [Leave without a word]
    -> leave

= walk_past
# recap: He finished the drink and walked past him, and stopped in the hall.
He finished the drink.
He added a little more soda, because Kurenai liked hers weak. His hands were steady. He was almost proud of them.
# face: iruka right
# move: iruka to far-right
Then he picked up the glass and walked past him, through the doorway, close enough to feel the warmth coming off him. Kakashi did not step aside, and did not move to stop him.
# face: kakashi toward iruka
Three steps into the hall, he stopped. He did not turn round.
-> ask

= face_him
# recap: He turned and looked at Kakashi properly for the first time in a year.
~ courage = MIN(courage + 1, 3)
# face: iruka toward kakashi
He put down the spoon and turned round.
It was the first time in a year he had let himself look. He did it properly, as he would look at a wound he had been told to leave alone.
The mask. The hair. The old scar down through the eyelid. A new one, pale and narrow, across the back of one hand. He was thinner, and had been for a while, by the look of it.
Kakashi did not look away. For a long moment neither of them spoke, and the party went on through the wall like weather in another valley.
# face: iruka right
# move: iruka to far-right
# face: kakashi toward iruka
Iruka picked up the glass. He meant to walk past him. He got as far as the doorway, level with him, shoulder to shoulder, as they had once leaned on two desks, and stopped there with his eyes on the hall.
-> ask

= leave
# recap: He left the drink half made and went out by the back door.
He set the glass down half made, the ice still turning in it, and walked out of the kitchen without a word. # forgets: drink
He did not go past him. There was a back door to the garden, and he took that.
{friends >= 2:
    -> with_friends
- else:
    -> back_step
}

= with_friends
# backdrop: gathering-night
# hide: kakashi
# show: iruka guarded left
# recap: He walked out of the party and down the hill with the people who had stood by him.
{after.desk_friends:
    He came round the side of the house into the lanterns, and Izumo took one look at his face and put down his cup. # needs: desk_friends
    Izumo: Are we leaving?
    Iruka: I am. You don't have to.
    Kotetsu: Don't be stupid. Ichiraku's open until Ayame throws us out.
- else:
    He came round the side of the house into the lanterns, and kept walking.
}
# show: kurenai neutral right
Across the garden, Kurenai met his eyes over someone's shoulder. She did not look surprised. She lifted her cup an inch, and let him go.
# hide: kurenai
{after.desk_friends:They went out through the gate, the three of them, and down the hill.|He went out through the gate and down the hill, towards the one lantern he knew would still be lit.} He did not feel for that chakra behind him. He did not need to.
# hide: all
-> finale("away")

= back_step
# backdrop: gathering-night
# hide: kakashi
# show: iruka guarded left
# recap: On the back step he found Kakashi already waiting on the garden wall.
The back step was dark and cool, and smelled of the herbs Kurenai grew in pots along the wall. He stood on it and breathed.
# show: kakashi neutral right
Kakashi was sitting on the garden wall three paces away, as if he had been there all evening.
Of course he was. Iruka had never once outrun him. It had been foolish to try it from a kitchen.
# face: iruka away from kakashi
He turned his face away, towards the dark end of the garden, and kept it there.
-> ask

= ask
# recap: He asked whether Kakashi was happy; Kakashi said yes, then caught his wrist and asked him the same.
- (are_you_happy)
# pause: 1.5
Iruka: Are you happy?
It came out quite level, as he might ask a child whether they had eaten.
# pause: 2.5
Kakashi: Yes.
{face_him:
    He was close enough to see the eye when he said it. It told him nothing. It never had, when it mattered.
}
Iruka: Good.
He checked, as one pats a pocket for a key, and found that he meant it. {built_wall:Somewhere behind the wall, he was glad.|Somewhere under the ache, he was glad.}
He took a step.
# face: kakashi toward iruka
# closeup: wrist
Fingers closed round his wrist.
# closeup: wrist
Not hard. The hand was warm, and he knew every callus on it.
# pause: 2
Kakashi: Are you?
* [Smile]
    -> finale("smile")
* [Tell him the truth]
    -> finale("truth")
