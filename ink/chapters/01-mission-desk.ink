=== mission_desk ===
# chapter: 1 The Mission Desk
# backdrop: mission-desk
# music: homecoming
# ambience: mission-room
# recap: After four months away, Kakashi walked into the mission room days before anyone expected him.
There was ink dried in the creases of his knuckles, the colour of an old bruise, and the stack of rotation forms at his elbow had not got any shorter since noon.
# show: iruka neutral left
Iruka signed another. Team nine, border patrol, three weeks. He blotted it and turned it face down on the finished pile, which was a good deal lower than the other one.
Outside the long windows the afternoon was going gold.
In his vest, over the left side, there was a folded note that had gone soft from being taken out and put back.
It had come down from the Hokage's office the day before yesterday, under the office seal, one line in Kakashi's lazy, slanting hand. Home within the week. Water the plants.
Kotetsu: He's touching his pocket again.
Izumo: Leave him alone. He's only done it nine times since lunch.
Iruka: I am working.
Kotetsu: You are. Very slowly. Five more days at the outside, sensei. Sign your forms.
Iruka dipped the brush and did not dignify that, and felt his ears go hot anyway.
# sfx: door
Kakashi: Yo.
The brush stopped in the air. A bead of ink gathered at the tip, swelled, and dropped onto the form, squarely across team ten's name.
# show: kakashi neutral right
Kakashi stood in the doorway with one hand lifted, as though he had stepped out for bread. The road was on him to the knees, and there was a leaf caught in the strap of his pack.
Kakashi: I'm early. Try not to spread it around. I have a reputation to think of.
Half the room had turned to look. The other half was already looking at Iruka.
* [Leap the desk]
    -> leap
* [Stay where he is]
    -> composed

= leap
# sfx: paper
# show: iruka smile left
# recap: Iruka went over the desk in front of everyone, and Kakashi held on.
# move: iruka to centre-right rush
# closeup: leap
He did not remember deciding. There was a hand flat on the desk and forms sliding off it in a long white slither, and then he was over and into Kakashi hard enough to knock them both back a step.
Somebody whooped. The laughter went round the room, loud and fond, and a farmer waiting with a request about a lost ox clapped twice.
# show: kakashi warm right
# closeup: embrace
Kakashi's arms came round his back and held. He smelled of resin and rain and three days of road, and of the soap Iruka bought, still, faintly, after four months.
Iruka: You said a week.
Kakashi: I said within a week. Today is within a week. Technically.
Iruka: You look terrible. When did you last sleep?
Kakashi: Maa. Somewhere before the river. I didn't feel like stopping, so I didn't.
He said it as he said most things, as if running for three days without rest were something a person might do for a bet.
-> handover

= composed
# recap: Iruka kept his seat and watched instead: a thin report, and a sealed packet for the Hokage alone.
~ wall++
The wanting went through him like a cramp. Over the desk, across the room, into the dust on that vest.
He did not get up. He laid the brush in its rest and capped the ink, like a man at work, and kept his hands flat on the forms so they would stay still. # learns: seated
Iruka: Welcome home. You're early.
The room had gone quiet, waiting for something. When nothing came, the quiet went on a little too long, and somebody by the window coughed.
# show: kakashi guarded right
Kakashi looked at him across the desk for longer than the words needed. Iruka could not read the eye. It might have been disappointment. It might have been something closer to relief.
Kakashi: Very professional, sensei. The Academy's finally getting to you.
Iruka: You look terrible. When did you last sleep?
Kakashi: Maa. Somewhere before the river. It seemed a waste to stop.
Because he was sitting still, and not holding on to anyone, Iruka watched him take the report out of his vest.
It was three pages, folded once. Four months in the field, and three pages.
Under them was a second packet, bound with a strip of paper seal. Across the seal, in the same slanting hand, it said that it was for the Hokage and for no one else.
~ signs++
Kakashi: Izumo. The thin one's yours. The other one goes upstairs, and nobody gets curious on the way.
Izumo: That's all of it? Four months?
Kakashi: I'm a man of very few words.
Iruka had once watched him write eleven pages about a cat, out of spite. He did not say so. He only noticed that he had noticed, and put it away.
-> handover

= handover
# recap: Kakashi had other people to greet, and said he would see Iruka at home.
Kakashi: Anyway. You've got a mountain there, and I've got a few more people to say hello to. Go on, finish up.
{leap:
    # move: kakashi to centre-left
    # face: kakashi left
    He let go. He stepped round Iruka, drew the report out of his vest, and handed it across the desk to Kotetsu.
    # face: iruka toward kakashi
    Not to Iruka, who was standing right there with his arms still half raised. To Kotetsu.
}
Kakashi lifted two fingers to the room, already half out of it.
Kakashi: See you at home.
# face: kakashi right
He was already turning toward the door.
* [Finish the paperwork]
    -> finish
* [Leave it and go with him]
    -> walk_out

= finish
# sfx: door
# recap: Iruka stayed to finish the forms, and told himself it was childish to mind.
# exit: kakashi right
The door swung shut. The room let out its breath and went back to its business.
# show: iruka hurt left
{leap:Iruka stood a moment longer among the fallen forms.|Iruka sat a moment longer behind the desk, his hands still flat on the paper.}
Something in him had been held out and not taken. He could feel the exact shape of it.
Then he heard how that sounded, and was ashamed of it.
The man had run for three days without sleeping, and of course there were people he wanted to see.
And Iruka would have him tonight. He would have him for days. It was childish to want the first minute as well.
{leap:Izumo was already down on his knees gathering forms. Iruka knelt beside him and took them, and said thank you, and meant it.}
# show: iruka neutral left
By the time the stack was done the windows had gone dark blue. He signed the last one very neatly, and blew on it, and went home.
-> apartment

= walk_out
# recap: Iruka left his forms to walk the village with him, and was sent home to put the kettle on.
~ courage = MIN(courage + 1, 3)
Iruka: Kotetsu. Could you possibly—
Kotetsu: Go. We'll put it on your tab.
{composed:
    He had kept his seat a minute ago. He didn't keep it now. He was round the desk before Kotetsu had finished, and left the brush lying wet on the blotter. # needs: seated
- else:
    He was round the desk before Kotetsu had finished, and left the brush lying wet on the blotter.
}
# backdrop: village-rooftops
# ambience: street
# show: iruka warm left
# show: kakashi neutral right
He caught up at the foot of the tower steps. Kakashi didn't turn round, but he slowed down, which was nearly the same.
Kakashi: You have work.
Iruka: It'll keep. You won't. You'll fall asleep in a doorway and someone will steal your sandals.
Kakashi: Maa. Rebellion, from a chuunin. I'm shocked.
The village was going to dusk around them. Lanterns were coming on along the main street, one after another, and the grilled eel stand had its smoke going, sweet and black.
Kakashi stopped for everyone. The old woman at the tea shop. Two jounin on the bridge. A boy with a broken kite, who got the kite fixed and a lecture on wind.
Each time, Iruka stood at his shoulder and smiled, and felt like another of the people Kakashi was saying hello to.
Iruka: How was it? Really?
Kakashi: Long. Wet. A great deal of sitting in bushes. How are the brats? Did the Nara boy ever finish that essay?
Every question Iruka asked came back to him as a question about himself, turned aside as neatly as a punch in sparring.
* (ask_why) [Ask why he ran]
    Iruka: Why the hurry, though? You could have slept one night on the road and walked in tomorrow looking human.
    Kakashi: The tent leaked. I wanted a roof.
    Iruka: You once slept in a river and called it refreshing.
    Kakashi: I'm getting old. I've come round to roofs.
    Nobody believed it, and he did not mean anyone to.
    Iruka looked at him properly then, in the lantern light. The eye was red at the rim. His hand kept going to the pouch at his hip and resting there, as if to check it was still shut.
    Nobody ran three days for a roof. Iruka didn't say so. He kept it, as he kept a student's bad week in the back of his mind until it made sense.
    ~ signs++
* (let_be) [Let him have the quiet]
    He let it go. Kakashi was here, walking beside him in the last of the light, and that was the thing he had wanted for four months.
    He wasn't going to spend it digging.
    Now and then their sleeves brushed. Kakashi didn't move away. He didn't move any closer, either.
- (walk_end)
At the corner by the bathhouse Kakashi stopped, and this time it wasn't for anyone else.
Kakashi: I've got a couple more stops. Go home. Put the kettle on.
Kakashi: And hide the good cups. Guy has a plan, and Guy's plans tend to arrive with about fifteen people.
Iruka: Tonight?
Kakashi: So I'm told.
# hide: kakashi
He raised a hand and was gone into the crowd, the silver head visible for a few steps and then not.
# show: iruka hurt left
Iruka stood on the corner with the bathhouse steam drifting past him. He had walked out on forty forms for twenty minutes and a kettle.
It was not fair to mind. The man was exhausted, and had friends, and had been gone a long time. Iruka told himself so all the way home, and got most of the way to believing it.
-> apartment
