// Chapter 5, Lunch Hour: Kakashi ends it in the empty classroom.
// Reads: breakfast, signs, and the Ichiraku stitches. Sets: academy, honesty, wall, reason_known.
=== academy_scene ===
# chapter: 5 Lunch Hour
# hide: all
# backdrop: classroom-lunch
# music: unease
# ambience: classroom
-> lunch

= lunch
# show: iruka neutral left
# recap: At lunch, in the empty classroom, Kakashi came back and said they should stop.
At lunch the children poured out into the yard with their boxes, and the classroom was left smelling of chalk dust and somebody's pickled plum.
Iruka stayed at his desk with a stack of papers and a red brush.
Third-year shuriken angles. Most of them had it right. One had drawn the target as a frog with a startled face, and he found he could not bring himself to take a mark off for it.
{ichiraku.let_in:
    His eyes still felt tender from the night before.
- else:
    He had not slept much. He had got up before the birds and finished the second-years' test at the kitchen table, rather than lie there listening to the clock.
}
{wall >= 2:
    He had spent the whole morning being perfectly fine. He was getting good at it.
}
He was on the seventh paper when the room changed.
Nothing moved. Nothing made a sound. But the air had weight in it all at once, and he knew that chakra the way he knew his own handwriting.
# show: kakashi grave right
# music: none
Kakashi was standing in the doorway.
No book. No lazy hand lifted in a wave. He stood with his arms at his sides, and his one visible eye was so still and so serious that for a moment Iruka did not know him.
In more than a year he had seen Kakashi bored, and amused, and bleeding, and asleep. He had never seen him look like this.
Kakashi: Yo.
It was the right word in the wrong voice.
Iruka laid the brush across the ink stone, carefully, so that it would not roll.
Iruka: You're back.
Kakashi: Mm.
He came in. He did not come to the desk. He went to the front row and leaned against one of the children's desks with his arms folded, facing the windows.
After a moment Iruka got up and leaned on the desk beside his. A hand's width of air between their shoulders. Neither of them closed it.
# pause: 2
Outside, someone was shouting the rules of a game and someone else was disputing them.
# sfx: tick
The clock over the blackboard moved on a minute.
He thought, if I don't ask, he can't say it. He knew that was not how it worked.
# pause: 1.5
Iruka: Just say it.
Iruka: Whatever it is. Say it and get it done with.
Kakashi let out a breath. It moved the cloth of his mask.
Kakashi: I think we should stop.
Kakashi: This. Us.
# show: iruka hurt
He said it to the window, as he had said at breakfast that he was leaving.
Iruka: Why?
Kakashi: There isn't a why. It just is.
Kakashi: It doesn't fit any more. My life, as it's going to be. It doesn't fit.
Kakashi: And things would be simpler. If I wasn't always worrying about you.
Iruka: Worrying? About me?
Iruka: I teach eight-year-olds to throw things. I stamp forms. I go home. What is there in any of that to worry about?
Kakashi did not answer, and did not turn from the window.
* [Ask him what you did wrong]
    -> plead
* [Demand the truth]
    -> demand
* {signs >= 2} [Ask what he found out there]
    -> question
* [Make it easy for him]
    -> dignity

= plead
# recap: Iruka asked what he had done wrong; nothing, Kakashi said, and yes, he still loved him.
~ academy = "plead"
Iruka: Is there someone else?
# pause: 2
Kakashi did not answer.
He did not say yes. He did not say no, either, and the not-saying lay on the floor between them like something dropped.
# show: iruka tearful
Iruka: Everything I have, I've given you. You know I have. I never asked for more than you wanted to give.
{breakfast == "told":
    Iruka: I told you how it was for me. At that table, four days ago, I told you, and you listened. And you still...
}
Iruka: What did I do? Tell me what I did wrong. I can fix it. I'm good at fixing things.
Kakashi: I know.
That was all. I know. As if Iruka had told him the time.
Kakashi: You didn't do anything wrong. It's over anyway.
Iruka's hands had found the edge of the desk behind him. He held on to it.
He had not meant to ask the next thing. It came out small, a child's question, and he hated it the moment it was in the air.
Iruka: Do you still love me?
# pause: 2.5
Kakashi: Yes.
So quiet that if the children had been in the room, he would not have heard it.
{breakfast_scene.say_it:
    At the door, four days ago, Iruka had said it first, and Kakashi had said it back. He was still only ever saying it back. # needs: said_love
}
Iruka: Then I don't understand.
Iruka: I don't understand, Kakashi. I don't...
His voice broke in the middle. He let it.
Kakashi: I know.
Kakashi turned his head, finally, and looked at him. Whatever was in that grey eye, it was not indifference. It was worse, because Iruka could not read it, and would have given anything to.
Kakashi: I'm sorry.
-> gone

= demand
# recap: Iruka demanded the truth and was given one piece of it: he had never been the problem.
~ academy = "demand"
~ honesty++
# show: iruka guarded
Iruka pushed himself off the desk and turned to face him.
Iruka: No. You don't get to say it just is. That isn't a reason. It's a door you shut in someone's face.
Iruka: I've spent a year taking whatever you handed me and never asking for more. I'm asking now. Tell me the truth.
Kakashi: That is the truth.
Iruka: It's the piece of it you've decided I'm allowed.
Kakashi: Maa, Iruka...
He reached for the old voice, the lazy one. Iruka watched him reach for it and miss.
Kakashi: You're making this harder than it needs to be.
Iruka: Good. It should be hard. It was a year of my life. It should be hard.
# pause: 2
Kakashi did not look at him. But his hand, resting on the edge of the desk, had closed around the wood. Not a fist. Only closed, the knuckles pale, as if he were holding on to keep from going somewhere.
Iruka saw it. He had spent a year learning to read the little that showed above that mask, and he saw it.
Iruka: Give me one true thing. Just one, and I'll stop.
Kakashi: Don't. Please.
In more than a year, Iruka had never once heard him say please about anything that mattered.
# pause: 1.5
Kakashi: You were never the problem. That's true. That's all I've got.
It was the most honest thing he had said since he walked in, and it explained nothing. Iruka turned it over and over and could find no handle on it anywhere.
Kakashi: I'm sorry.
-> gone

= question
# recap: Iruka asked instead what Kakashi had found on the mission.
~ academy = "question"
He did not ask what he had done.
Somewhere under the hurt, a colder part of him was still awake: the part that had passed its exams, that sat the mission desk and read reports for what they left out. It had been keeping a list.
Small wrong things. For days he had been picking them up without deciding to, like chalk stubs off the classroom floor.
{ichiraku.rooftops:
    And last night, a shape on the rooftops, keeping pace with him all the way down the hill.
}
Worrying, Kakashi had said. Kakashi did not worry out loud. Not about missions, not about anything.
Iruka: What did you find out there, Kakashi?
Iruka: On the mission. What did you find?
# pause: 2
Kakashi went very still. Not the stillness of a man looking for an answer. The stillness of a ninja who has heard a twig break behind him.
{breakfast != "quiet":
    -> reason
- else:
    -> silence
}

= reason
# recap: Kakashi told him why: the men he hunted knew Iruka's name, and only a public ending could keep him safe.
~ reason_known = true
# pause: 2.5
For a long time Iruka thought he would not answer.
{breakfast == "asked":
    Kakashi: You asked me at breakfast. I lied to you.
    Kakashi: I don't think I can do it twice in one week.
- else:
    Kakashi: At breakfast you told me how it's been for you. All of it. And I sat there and gave you nothing back.
    Kakashi: I owe you better than that. Not much better. But better.
}
Kakashi: The people we were hunting. We took two of them alive. One of them kept a notebook.
Kakashi: Names. Who was close to whom. What it would cost them to lose it.
Kakashi: Your name was in it. Your shifts at the desk. This room. Which window was yours.
# pause: 2
Outside, a child laughed, high and careless. The sound came in through the open window, which he had never once thought about.
Kakashi: There was a line under it. The copy-nin keeps a chuunin at home.
Kakashi: Like a price written on something in a shop.
Iruka's hands had gone very cold. He put them flat on the desk behind him.
Kakashi: I ran the whole way back. I didn't stop. I kept thinking I'd get to the gate and be too late, and...
He did not finish. He did not need to.
Iruka: Organising things.
Kakashi: The Hokage's given me leave to go after the rest of them. No date for coming back.
Kakashi: And when I go, it has to be over. Not quietly, between us. Everyone has to know it.
Kakashi: If I haven't got anyone, there's nobody for them to take.
# pause: 2
Iruka looked down at the paper on top of the stack, at the frog with its startled face. He could not think of one thing to say that Kakashi had not already thought of, out there, running.
Iruka: You could have told me. Four days ago. You could have just told me.
Kakashi: You'd have said it didn't matter. You'd have said let them come.
Iruka opened his mouth, and closed it again, because that was exactly what he had been about to say.
Kakashi: The rest of it was true, you know. It would be simpler, not worrying. I've just never been any good at simple.
He straightened up off the desk. For a moment his hand lifted, as if to touch Iruka's hair, as he did some mornings. It stopped halfway, and went back into his pocket.
Kakashi: It still has to happen. It doesn't work as a secret. It only works if it's true everywhere but here.
Iruka: I know.
He did know. That was the worst of it. He was a ninja too; he could see the shape of the plan, and it was a good one.
Kakashi: I'm sorry. Keep your window locked.
-> gone

= silence
# pause: 2
# recap: Kakashi would not answer, and Iruka understood there was a reason he would never be given.
Kakashi: Maa. Found? Nothing much. Bandits, bad weather, worse food. The usual.
He did not even try to make it sound true.
Iruka: Kakashi.
Kakashi's eye went to the window, and the street below it, and came back. He said nothing at all.
Iruka watched him decide not to say. He saw it happen behind that one grey eye, like a shutter coming down, and understood two things at once.
There was a reason. And it was not going to be given to him.
If he had asked sooner, he thought. At breakfast, with the rice between them, when there was still time for one true question. If he had only opened his mouth.
Kakashi: Don't ask me that again. Please.
Kakashi: I'm sorry.
-> gone

= dignity
# recap: Iruka made it easy for him, and did not ask why.
~ academy = "dignity"
~ wall++
He could feel the questions lining up behind his teeth. Why, and who, and what did I do. He let them stand there.
# show: iruka guarded
Iruka: All right.
Kakashi turned his head. He had been braced for something, Iruka saw: shouting, or tears, or an ink stone thrown at his head. He had not been braced for this.
Iruka: Your things are mostly in the bedroom. The spare vest's in the hall cupboard. Take whatever you want.
Iruka: I'll leave the window unlatched. You never used the door anyway. I'm on the late shift, so you won't have to see me.
Kakashi: Iruka...
Iruka: It's fine. Really. You should go before the bell. The children will ask why you're here, and I'd rather not have to make something up.
He said it kindly, in his classroom voice. He was very good at his classroom voice.
Kakashi: You're not going to ask me why.
Iruka: Would you tell me?
# pause: 1.5
No answer. Iruka had not expected one. That was the other reason he had not asked.
He was making it easy. He knew that it was the last thing he would ever give him, and that Kakashi would take it as he had taken everything else: gratefully, and without quite looking at what it cost.
Kakashi looked at him for a long moment, as if something had been taken from him instead.
Kakashi: I'm sorry.
Iruka: I know. Go on.
-> gone

= gone
# recap: Kakashi vanished in a scatter of leaves, and Iruka smiled for his class when the bell rang.
- (vanished)
# sfx: vanish
# hide: kakashi
There was a soft rush of air, and a few dry leaves spun on the floorboards where he had been, and lay still.
# music: aftermath
The desk beside Iruka was empty. The wood was still faintly warm where his hands had rested.
{academy:
- "demand":
    One true thing. He had asked for it, and been given it, and it was no use to him at all. He put it away carefully all the same, like a key to a door that was no longer there.
- "dignity":
    He had made it easy. He had made quite sure of that. He stood in the warm, ordinary room and waited to feel glad he had been so reasonable, and the feeling did not come.
- "question":
    {not reason_known:
        There was a reason. He knew it now as he would know a kunai in the dark, by its weight and its edge, without ever being allowed to see it.
    }
}
{academy == "question" && reason_known:
    After a while he went to the window. He looked at the latch for a long time, as if he had never seen one before. Then he closed it.
}
# pause: 2
For a while he did not move. The clock moved for him. Outside, the game in the yard had reached some kind of verdict.
# sfx: bell
The bell rang.
Sandals slapped in the corridor, and thirty children came up the stairs in a wave.
He lifted a hand to his face. There was one tear, only one. He caught it with his thumb before it could reach his jaw.
# show: iruka masked
A student: Sensei! Are we doing the test now?
A student: Sensei, why are there leaves on the floor?
{academy == "question" && reason_known:
    Iruka: The wind got in, that's all. It's shut now. Sit down, everyone. Brushes out.
- else:
    Iruka: Someone left the window open, that's all. Sit down, everyone. Brushes out.
}
He smiled at them. It was the best smile he had, and not one of them saw through it.
# hide: all
-> after
